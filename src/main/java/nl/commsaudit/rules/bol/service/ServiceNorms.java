package nl.commsaudit.rules.bol.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.commsaudit.rules.Violation;
import nl.commsaudit.calendar.WorkingHoursClock;

/** Shared facts and formatting of the bol.com service norms (bol-servicenormen-klantenservice.txt). */
final class ServiceNorms {

    private static final String SERVICE = "bol-servicenormen-klantenservice.txt: De gestelde voorwaarden voor het leveren van service";
    private static final String UNREACHABLE = "bol-ongewenste-communicatie.txt: Onbereikbaarheid";

    static final String POLICY_RESPONSE_TIME = SERVICE + " (klantvragen binnen acht werkuren oppakken)";
    static final String POLICY_RESPONSE_NORM = SERVICE + " (minimaal 90 procent van de klantvragen binnen acht werkuren)";
    static final String POLICY_WEEKLY = SERVICE + " (tien of meer nieuwe klantvragen in één week zonder initiële reactie binnen 8 werkuur)";
    static final String POLICY_PHONE = SERVICE + " (minimaal 90 procent van de belpogingen tijdens werkuren opnemen)";
    static final String POLICY_UNANSWERED = UNREACHABLE + " (niet antwoorden als een klant een case aanmaakt)";
    static final String POLICY_PLATFORM = UNREACHABLE + " (niet antwoorden als bol.com contact met je probeert op te nemen)";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WorkingHoursClock.AMSTERDAM);

    private ServiceNorms() {
    }

    /** A moment as an analyst reads it: local Amsterdam time to the minute. */
    static String local(Instant instant) {
        return LOCAL.format(instant);
    }

    /** Working time in hours, e.g. {@code 11.5} or {@code 8.25}. */
    static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage with one decimal, e.g. {@code 87.5}. */
    static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code part / whole < minimumPct / 100}, compared exactly so that 89.96% is below a 90% norm. */
    static boolean below(long part, long whole, double minimumPct) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(minimumPct).multiply(BigDecimal.valueOf(whole))) < 0;
    }

    /**
     * A percentage norm: a violation when {@code part / whole} is below {@code minimumPct}, with the
     * figures as evidence ("8 of 10 {what} = 80.0% (norm 90%){extra}"); none when {@code whole} is 0.
     */
    static Optional<Violation> percentageNorm(String sellerId, Instant at, long part, long whole, double minimumPct,
            String what, String extra) {
        if (whole == 0 || !below(part, whole, minimumPct)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(sellerId, at, part + " of " + whole + " " + what + " = " + percent(part, whole)
                + "% (norm " + number(minimumPct) + "%)" + extra));
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
