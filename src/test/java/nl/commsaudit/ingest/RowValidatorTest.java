package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowValidatorTest {

    private final RowValidator validator = new RowValidator();

    private StageItem validate(ExportTable table, String... values) {
        return validator.process(new SourceRow(table, 7, List.of(values), values.clone(), null));
    }

    private String rejection(ExportTable table, String... values) {
        StageItem item = validate(table, values);
        assertThat(item).isInstanceOf(StageItem.Rejected.class);
        StageItem.Rejected rejected = (StageItem.Rejected) item;
        assertThat(rejected.line()).isEqualTo(7);
        return rejected.reason();
    }

    @Test
    void typesTheValuesOfAGoodRow() {
        StageItem item = validate(ExportTable.ORDERS, "1144556677", "bol-1", "2026-03-02T10:15:00", "2026-03-04",
                "2026-03-03T12:00:00Z", " NL ", "3");
        assertThat(item).isInstanceOf(StageItem.Valid.class);
        StageItem.Valid row = (StageItem.Valid) item;
        assertThat(row.value("ordered_at")).isEqualTo(OffsetDateTime.of(2026, 3, 2, 9, 15, 0, 0, ZoneOffset.UTC));
        assertThat(row.value("expected_delivery_date")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(row.value("completed_at")).isEqualTo(OffsetDateTime.of(2026, 3, 3, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(row.value("buyer_language")).isEqualTo("nl");
        assertThat(row.value("items_count")).isEqualTo(3L);
    }

    @Test
    void localTimestampsAreAmsterdamTimeInWinterAndSummer() {
        assertThat(Timestamps.parse("2026-01-15T10:00:00")).isEqualTo(OffsetDateTime.parse("2026-01-15T09:00:00Z"));
        assertThat(Timestamps.parse("2026-07-15T10:00:00")).isEqualTo(OffsetDateTime.parse("2026-07-15T08:00:00Z"));
        assertThat(Timestamps.parse("2026-07-15T10:00:00+02:00")).isEqualTo(Timestamps.parse("2026-07-15T08:00:00Z"));
        assertThat(Timestamps.parse("2026-07-15T08:00:00.500Z")).isEqualTo(OffsetDateTime.parse("2026-07-15T08:00:00.5Z"));
    }

    @Test
    void rejectsMissingRequiredValues() {
        assertThat(rejection(ExportTable.SELLERS, "", "Shop", "", "NL", "BOL", "", ""))
                .isEqualTo("missing required value for seller_id");
        assertThat(rejection(ExportTable.MESSAGES, "m1", "s1", "", "", "", "2026-03-02T10:15:00", "SELLER", "CUSTOMER", "", "", "", ""))
                .isEqualTo("missing required value for body");
    }

    @Test
    void rejectsBadTypesCodesAndRanges() {
        assertThat(rejection(ExportTable.CALLS, "k1", "s1", "2026-13-01T10:00:00", "true"))
                .isEqualTo("started_at is not an ISO-8601 timestamp: '2026-13-01T10:00:00'");
        assertThat(rejection(ExportTable.CALLS, "k1", "s1", "gisteren", "true"))
                .isEqualTo("started_at is not an ISO-8601 timestamp: 'gisteren'");
        assertThat(rejection(ExportTable.CALLS, "k1", "s1", "2026-03-02T10:15:00", "ja"))
                .isEqualTo("answered is not true/false: 'ja'");
        assertThat(rejection(ExportTable.SELLERS, "s1", "Shop", "", "DE", "BOL", "", ""))
                .isEqualTo("country is 'DE', expected one of NL, BE");
        assertThat(rejection(ExportTable.SELLERS, "s1", "Shop", "", "NL", "ETSY", "", ""))
                .isEqualTo("marketplace is 'ETSY', expected one of BOL, AMAZON");
        assertThat(rejection(ExportTable.REVIEWS, "r1", "s1", "", "2026-03-02T10:15:00", "11", "", "", "top"))
                .isEqualTo("score_overall is 11, outside 1..10");
        assertThat(rejection(ExportTable.REVIEWS, "r1", "s1", "", "2026-03-02T10:15:00", "acht", "", "", "top"))
                .isEqualTo("score_overall is not a whole number: 'acht'");
        assertThat(rejection(ExportTable.ORDERS, "1", "s1", "2026-03-02T10:15:00", "02-03-2026", "", "", ""))
                .isEqualTo("expected_delivery_date is not a date YYYY-MM-DD: '02-03-2026'");
    }

    @Test
    void codesAndBooleansIgnoreCaseAndAreStoredAsTheContractWritesThem() {
        StageItem.Valid seller = (StageItem.Valid) validate(ExportTable.SELLERS, "s1", "", "", "be", "Amazon", "", "");
        assertThat(seller.value("country")).isEqualTo("BE");
        assertThat(seller.value("marketplace")).isEqualTo("AMAZON");
        StageItem.Valid call = (StageItem.Valid) validate(ExportTable.CALLS, "k1", "s1", "2026-03-02T10:15:00", "TRUE");
        assertThat(call.value("answered")).isEqualTo(true);
    }

    @Test
    void idsAreKeptExactlyAsWritten() {
        StageItem.Valid seller = (StageItem.Valid) validate(ExportTable.SELLERS, " ../x =1", "", "", "NL", "BOL", "", "");
        assertThat(seller.id()).isEqualTo(" ../x =1");
    }

    @Test
    void aFirstResponseBeforeTheCaseOpenedIsRejected() {
        assertThat(rejection(ExportTable.CASES, "c1", "s1", "", "CUSTOMER", "2026-03-02T10:00:00+01:00", "2026-03-02T09:00:00+01:00"))
                .isEqualTo("first_response_at 2026-03-02T08:00Z is before opened_at 2026-03-02T09:00Z");
    }

    @Test
    void aRowTheReaderCouldNotParseIsRejectedWithItsReason() {
        StageItem item = validator.process(new SourceRow(ExportTable.CALLS, 3, List.of("k1", "s1"), new String[4],
                "has 2 fields, the header has 4"));
        assertThat(item).isEqualTo(new StageItem.Rejected(ExportTable.CALLS, 3, "has 2 fields, the header has 4", "k1,s1"));
    }
}
