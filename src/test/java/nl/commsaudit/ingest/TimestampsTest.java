package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read common forms give exactly what the ISO formatters give, and leave every error to them. */
class TimestampsTest {

    @Test
    void commonFormsAreReadByHand() {
        assertThat(Timestamps.parseCommon("2026-11-19T23:31:28+01:00")).isEqualTo(OffsetDateTime.parse("2026-11-19T22:31:28Z"));
        assertThat(Timestamps.parseCommon("2026-11-19T23:31:28Z")).isEqualTo(OffsetDateTime.parse("2026-11-19T23:31:28Z"));
        assertThat(Timestamps.parseCommon("2026-07-15T10:00:00")).isEqualTo(OffsetDateTime.parse("2026-07-15T08:00:00Z"));
        assertThat(Timestamps.parseCommon("2026-01-15T10:00:00-03:30")).isEqualTo(OffsetDateTime.parse("2026-01-15T13:30:00Z"));
    }

    @Test
    void otherFormsAndErrorsGoToTheFormatters() {
        for (String text : List.of("2026-07-15T08:00:00.500Z", "2026-07-15T08:00Z", "2026-07-15t08:00:00", "2026-07-15T08:00:00+01:00:00",
                "2026-02-30T10:00:00", "2026-13-01T10:00:00", "2026-07-15T24:00:00", "2026-07-15T23:59:60Z",
                "2026-07-15T10:00:00+19:00", "2026-07-15T10:00:00+01:60", "2026-07-15 10:00:00", "２０２６-07-15T10:00:00")) {
            assertThat(Timestamps.parseCommon(text)).as(text).isNull();
        }
        assertThat(Timestamps.parse("2026-07-15T08:00:00.500Z")).isEqualTo(OffsetDateTime.parse("2026-07-15T08:00:00.5Z"));
        assertThatThrownBy(() -> Timestamps.parse("2026-02-30T10:00:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-07-15T10:00:00+19:00")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theClockChangesAreReadAsTheFormattersReadThem() {
        // the skipped spring hour moves forward, the doubled autumn hour takes summer time
        for (String text : List.of("2026-03-29T02:30:00", "2026-03-29T03:00:00", "2026-10-25T02:30:00", "2026-10-25T01:59:59",
                "2026-10-25T03:00:00")) {
            assertThat(Timestamps.parseCommon(text)).as(text).isEqualTo(Timestamps.parseAny(text));
        }
    }

    /** Random texts of the common shapes, valid and not: the same value, or both refuse. */
    @Test
    void sameAsTheFormattersOnRandomTexts() {
        Random random = new Random(20261202);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String local = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", 1890 + random.nextInt(230),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
            texts.add(switch (random.nextInt(3)) {
                case 0 -> local;
                case 1 -> local + "Z";
                default -> String.format(Locale.ROOT, "%s%c%02d:%02d", local, random.nextBoolean() ? '+' : '-',
                        random.nextInt(20), random.nextInt(62));
            });
        }
        int common = 0;
        for (String text : texts) {
            OffsetDateTime expected;
            try {
                expected = Timestamps.parseAny(text);
            } catch (DateTimeParseException e) {
                expected = null;
            }
            OffsetDateTime actual = Timestamps.parseCommon(text);
            assertThat(actual).as(text).isEqualTo(expected);
            if (actual != null) {
                common++;
            }
        }
        assertThat(common).as("valid texts among them").isGreaterThan(50_000);
    }
}
