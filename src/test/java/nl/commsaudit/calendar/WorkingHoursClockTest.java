package nl.commsaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the working-hours clock (Mon–Fri 09:00–17:00 Europe/Amsterdam). */
class WorkingHoursClockTest {

    private static final Duration EIGHT = Duration.ofHours(8);
    private final WorkingHoursClock nl = WorkingHoursClock.forSellerCases(Country.NL);
    private final WorkingHoursClock be = WorkingHoursClock.forSellerCases(Country.BE);
    private final WorkingHoursClock phone = WorkingHoursClock.forPhone();

    private static Instant at(String timestamp) {
        return OffsetDateTime.parse(timestamp).toInstant();
    }

    @Test
    void workingTimeIsNineToFiveOnWeekdays() {
        assertThat(nl.isWorkingTime(at("2026-11-16T08:59:00+01:00"))).isFalse();
        assertThat(nl.isWorkingTime(at("2026-11-16T09:00:00+01:00"))).isTrue();
        assertThat(nl.isWorkingTime(at("2026-11-16T16:59:00+01:00"))).isTrue();
        assertThat(nl.isWorkingTime(at("2026-11-16T17:00:00+01:00"))).isFalse();
        assertThat(nl.isWorkingTime(at("2026-11-14T12:00:00+01:00"))).isFalse(); // Saturday
    }

    @Test
    void aDeadlineSkipsTheWeekend() {
        // Fri 15:00-17:00 = 2 h, Mon 09:00 + 6 h = Mon 15:00
        assertThat(nl.deadline(at("2026-11-13T15:00:00+01:00"), EIGHT)).isEqualTo(at("2026-11-16T15:00:00+01:00"));
    }

    @Test
    void countingStartsAtTheNextWorkingMinute() {
        // before opening, after closing and at the weekend
        assertThat(nl.deadline(at("2026-11-16T07:30:00+01:00"), EIGHT)).isEqualTo(at("2026-11-17T09:00:00+01:00"));
        assertThat(nl.deadline(at("2026-11-16T19:00:00+01:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-17T12:00:00+01:00"));
        assertThat(nl.deadline(at("2026-11-14T14:00:00+01:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-16T12:00:00+01:00"));
        assertThat(nl.workingTimeBetween(at("2026-11-14T14:00:00+01:00"), at("2026-11-16T10:30:00+01:00")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void whenTheTimeRunsOutAtClosingTheDeadlineIsTheNextOpening() {
        // Mon 09:00 + 8 h ends at 17:00; 17:00-09:00 is no working time: still on time until Tue 09:00
        assertThat(nl.deadline(at("2026-11-16T09:00:00+01:00"), EIGHT)).isEqualTo(at("2026-11-17T09:00:00+01:00"));
        // Fri 09:00: until Mon 09:00
        assertThat(nl.deadline(at("2026-11-13T09:00:00+01:00"), EIGHT)).isEqualTo(at("2026-11-16T09:00:00+01:00"));
        assertThat(nl.workingTimeBetween(at("2026-11-13T09:00:00+01:00"), at("2026-11-16T09:00:00+01:00"))).isEqualTo(EIGHT);
    }

    @Test
    void nlSellersSkipDutchAndBelgianHolidaysBeSellersOnlyBelgian() {
        LocalDate wapenstilstand = LocalDate.of(2026, 11, 11); // BE
        LocalDate koningsdag = LocalDate.of(2026, 4, 27); // NL
        LocalDate nationaleFeestdag = LocalDate.of(2026, 7, 21); // BE
        assertThat(nl.isWorkingDay(wapenstilstand)).isFalse();
        assertThat(be.isWorkingDay(wapenstilstand)).isFalse();
        assertThat(nl.isWorkingDay(nationaleFeestdag)).isFalse();
        assertThat(nl.isWorkingDay(koningsdag)).isFalse();
        assertThat(be.isWorkingDay(koningsdag)).isTrue();
        // Tue 10 Nov 15:00: 2 h, Wed 11 Nov skipped, Thu 09:00 + 6 h = Thu 15:00
        assertThat(nl.deadline(at("2026-11-10T15:00:00+01:00"), EIGHT)).isEqualTo(at("2026-11-12T15:00:00+01:00"));
    }

    @Test
    void thePhoneCountsOnlyDutchHolidays() {
        assertThat(phone.isWorkingTime(at("2026-11-11T10:00:00+01:00"))).isTrue(); // Wapenstilstand is Belgian
        assertThat(phone.isWorkingTime(at("2026-04-27T10:00:00+02:00"))).isFalse(); // Koningsdag
    }

    @Test
    void theContestedDutchDays() {
        assertThat(nl.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Goede Vrijdag").isTrue();
        assertThat(phone.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Goede Vrijdag, phone").isTrue();
        assertThat(phone.isWorkingDay(LocalDate.of(2026, 5, 5))).as("Bevrijdingsdag 2026").isFalse();
        assertThat(phone.isWorkingDay(LocalDate.of(2027, 5, 5))).as("Bevrijdingsdag 2027").isFalse();
        assertThat(phone.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Tweede Paasdag").isFalse();
        assertThat(phone.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Hemelvaart").isFalse();
        assertThat(phone.isWorkingDay(LocalDate.of(2026, 5, 25))).as("Tweede Pinksterdag").isFalse();
        assertThat(phone.isWorkingDay(LocalDate.of(2025, 4, 26))).as("Koningsdag 2025 on Saturday 26th").isFalse();
        assertThat(phone.isWorkingDay(LocalDate.of(2025, 4, 28))).as("Monday after Koningsdag 2025").isTrue();
    }

    @Test
    void belgianObservancesAreWorkingDays() {
        assertThat(be.isWorkingDay(LocalDate.of(2026, 11, 2))).as("Allerzielen").isTrue();
        assertThat(be.isWorkingDay(LocalDate.of(2026, 12, 31))).as("Oudejaarsdag").isTrue();
        assertThat(be.isWorkingDay(LocalDate.of(2026, 5, 1))).as("Dag van de Arbeid").isFalse();
        assertThat(be.isWorkingDay(LocalDate.of(2026, 8, 14))).isTrue();
    }

    @Test
    void christmasAndNewYear() {
        // Thu 24 Dec 16:00: 1 h; Fri 25, Sat, Sun, Mon 28 working, 7 h -> Mon 28 Dec 16:00
        assertThat(nl.deadline(at("2026-12-24T16:00:00+01:00"), EIGHT)).isEqualTo(at("2026-12-28T16:00:00+01:00"));
        // Thu 31 Dec 16:00: 1 h; Fri 1 Jan holiday; Mon 4 Jan 09:00 + 7 h
        assertThat(nl.deadline(at("2026-12-31T16:00:00+01:00"), EIGHT)).isEqualTo(at("2027-01-04T16:00:00+01:00"));
    }

    @Test
    void utcAndLocalOffsetsGiveTheSameResult() {
        Instant utc = at("2026-07-15T08:00:00Z");
        Instant summer = at("2026-07-15T10:00:00+02:00");
        assertThat(utc).isEqualTo(summer);
        assertThat(nl.deadline(utc, EIGHT)).isEqualTo(at("2026-07-16T10:00:00+02:00"));
    }

    @Test
    void theClockChangesDoNotShiftAnything() {
        // spring: Fri 27 Mar 16:00 CET + 1 h, Mon 30 Mar 09:00 CEST + 7 h = 16:00 CEST
        assertThat(nl.deadline(at("2026-03-27T16:00:00+01:00"), EIGHT)).isEqualTo(at("2026-03-30T16:00:00+02:00"));
        // autumn: Fri 23 Oct 16:00 CEST + 1 h, Mon 26 Oct 09:00 CET + 7 h = 16:00 CET
        assertThat(nl.deadline(at("2026-10-23T16:00:00+02:00"), EIGHT)).isEqualTo(at("2026-10-26T16:00:00+01:00"));
        assertThat(nl.workingTimeBetween(at("2026-10-23T09:00:00+02:00"), at("2026-10-27T09:00:00+01:00")))
                .isEqualTo(Duration.ofHours(16));
    }

    @Test
    void workingTimeOverWeeks() {
        // Mon 2 Nov 09:00 to Mon 16 Nov 09:00: 10 weekdays minus Wed 11 Nov (Wapenstilstand) = 9 days = 72 h
        assertThat(nl.workingTimeBetween(at("2026-11-02T09:00:00+01:00"), at("2026-11-16T09:00:00+01:00")))
                .isEqualTo(Duration.ofHours(72));
        assertThat(phone.workingTimeBetween(at("2026-11-02T09:00:00+01:00"), at("2026-11-16T09:00:00+01:00")))
                .isEqualTo(Duration.ofHours(80));
        assertThat(nl.workingTimeBetween(at("2026-11-16T12:00:00+01:00"), at("2026-11-16T10:00:00+01:00"))).isZero();
    }

    @Test
    void holidaysHaveNamesForEvidence() {
        assertThat(HolidayCalendar.of(Country.BE).holidayName(LocalDate.of(2026, 11, 11))).isPresent();
        assertThat(HolidayCalendar.of(Country.NL).holidayName(LocalDate.of(2026, 11, 11))).isEmpty();
    }
}
