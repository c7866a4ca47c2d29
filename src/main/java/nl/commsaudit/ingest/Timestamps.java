package nl.commsaudit.ingest;

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
