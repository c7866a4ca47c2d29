package nl.commsaudit.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps as export-format.md writes them: ISO-8601 with an offset ({@code +01:00}, {@code Z}) are
 * absolute; without one they are local time in Europe/Amsterdam. A local time that falls in the hour
 * skipped by the spring clock change is moved forward, one in the doubled autumn hour takes the
 * earlier (summer-time) offset, as {@link java.time.ZonedDateTime#of} does.
 */
public final class Timestamps {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Timestamps() {
    }

    /**
     * @return the instant as an {@link OffsetDateTime} in UTC, so that equal instants are equal values
     * @throws DateTimeParseException when the text is not an ISO-8601 date-time
     */
    public static OffsetDateTime parse(String text) {
        String value = text.strip();
        OffsetDateTime common = parseCommon(value);
        return common != null ? common : parseAny(value);
    }

    /**
     * The forms exports use, read by hand: {@code yyyy-MM-ddTHH:mm:ss}, alone or followed by {@code Z} or
     * {@code +HH:mm}/{@code -HH:mm}. A night has millions of timestamps, and the formatters cost a few
     * microseconds and some kilobytes of garbage each. Anything else, and an impossible date or time, is
     * left to {@link #parseAny}: it gives the same value, or the error.
     *
     * @return the timestamp, or {@code null} when the text is not of these forms or not a valid time
     */
    static OffsetDateTime parseCommon(String value) {
        int length = value.length();
        if ((length != 19 && length != 20 && length != 25) || value.charAt(4) != '-' || value.charAt(7) != '-'
                || value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int offsetSign = 0;
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (length == 20 && value.charAt(19) != 'Z') {
            return null;
        }
        if (length == 25) {
            char sign = value.charAt(19);
            offsetSign = sign == '+' ? 1 : sign == '-' ? -1 : 0;
            offsetHours = digits(value, 20, 2);
            offsetMinutes = digits(value, 23, 2);
            if (offsetSign == 0 || value.charAt(22) != ':' || (offsetHours | offsetMinutes) < 0) {
                return null;
            }
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            OffsetDateTime time = length == 19 ? local.atZone(AMSTERDAM).toOffsetDateTime()
                    : OffsetDateTime.of(local, ZoneOffset.ofHoursMinutes(offsetSign * offsetHours, offsetSign * offsetMinutes));
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // e.g. 2026-02-30 or +19:00: the formatters say what is wrong
        }
    }

    /** The number written by {@code count} ASCII digits from {@code start}, or -1. */
    private static int digits(String value, int start, int count) {
        int number = 0;
        for (int i = start; i < start + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** Any ISO-8601 date-time, through the formatters. */
    static OffsetDateTime parseAny(String value) {
        if (hasOffset(value)) {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .withOffsetSameInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .atZone(AMSTERDAM)
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static boolean hasOffset(String value) {
        int time = value.indexOf('T');
        if (time < 0) {
            return false;
        }
        String clock = value.substring(time + 1);
        return clock.endsWith("Z") || clock.endsWith("z") || clock.indexOf('+') >= 0 || clock.indexOf('-') >= 0;
    }
}
