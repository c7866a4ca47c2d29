package nl.commsaudit.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Working time as the bol.com service norms count it: Monday–Friday 09:00–17:00 Europe/Amsterdam,
 * minus the public holidays of a {@link HolidayCalendar}. All arithmetic is on local dates and times,
 * so summer and winter time never shift anything: a working day is always exactly 8 hours. Immutable
 * and thread-safe.
 */
public final class WorkingHoursClock {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    private static final WorkingHoursClock NL_SELLER = new WorkingHoursClock(HolidayCalendar.of(Country.NL, Country.BE));
    private static final WorkingHoursClock BE_SELLER = new WorkingHoursClock(HolidayCalendar.of(Country.BE));
    private static final WorkingHoursClock PHONE = new WorkingHoursClock(HolidayCalendar.of(Country.NL));

    private final HolidayCalendar holidays;

    public WorkingHoursClock(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    /**
     * The clock for customer questions: a seller established in NL skips the Dutch and Belgian public
     * holidays, a seller established in BE only the Belgian ones (bol-servicenormen-klantenservice.txt).
     */
    public static WorkingHoursClock forSellerCases(Country sellerCountry) {
        return sellerCountry == Country.BE ? BE_SELLER : NL_SELLER;
    }

    /** The clock for phone reachability: only the Dutch public holidays count, for every seller. */
    public static WorkingHoursClock forPhone() {
        return PHONE;
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** Whether a moment lies in working time: [09:00, 17:00) local on a working day. */
    public boolean isWorkingTime(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, AMSTERDAM);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /** The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, AMSTERDAM);
        LocalDateTime end = LocalDateTime.ofInstant(to, AMSTERDAM);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalDateTime opens = day.atTime(OPENS);
            LocalDateTime closes = day.atTime(CLOSES);
            LocalDateTime a = start.isAfter(opens) ? start : opens;
            LocalDateTime b = end.isBefore(closes) ? end : closes;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /**
     * The last moment by which {@code workingTime} of working time has not yet been exceeded since
     * {@code start}: a reply is on time when {@code workingTimeBetween(start, reply) <= workingTime},
     * that is when it comes no later than this deadline. When the working time runs out exactly at
     * closing time, the deadline is the next opening (a case opened Monday 09:00 with 8 hours may be
     * answered until Tuesday 09:00, since the evening and night are no working time).
     */
    public Instant deadline(Instant start, Duration workingTime) {
        LocalDateTime cursor = LocalDateTime.ofInstant(start, AMSTERDAM);
        Duration left = workingTime;
        LocalDate day = cursor.toLocalDate();
        while (true) {
            if (isWorkingDay(day)) {
                LocalDateTime opens = day.atTime(OPENS);
                LocalDateTime closes = day.atTime(CLOSES);
                LocalDateTime from = cursor.isAfter(opens) ? cursor : opens;
                if (from.isBefore(closes)) {
                    Duration available = Duration.between(from, closes);
                    if (left.compareTo(available) < 0) {
                        return from.plus(left).atZone(AMSTERDAM).toInstant();
                    }
                    left = left.minus(available);
                } else if (left.isZero()) {
                    return nextOpening(day).atZone(AMSTERDAM).toInstant();
                }
                if (left.isZero()) {
                    return nextOpening(day).atZone(AMSTERDAM).toInstant();
                }
            }
            day = day.plusDays(1);
            cursor = day.atStartOfDay();
        }
    }

    private LocalDateTime nextOpening(LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(OPENS);
    }
}
