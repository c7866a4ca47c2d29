package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging tables the migrations build hold what {@link StagingWriter} inserts: the run, the
 * {@link ExportTable#stagedColumns()}, the source line and the columns its listener adds (the assessment
 * of a case or call, job/CaseAudit and job/CallAudit), in that order, nothing more. A column added to
 * the contract without a migration, or a migration that drops a column still staged, fails here
 * rather than in the first audit.
 */
class StagingSchemaTest {

    @TempDir
    Path temp;

    /** The columns the staging listeners add (StagedRowsListener#addedColumns). */
    private static final Map<ExportTable, List<String>> ADDED = Map.of(
            ExportTable.CASES, List.of("iso_week", "deadline_at", "working_minutes", "due", "on_time", "missed"),
            ExportTable.CALLS, List.of("in_hours"));

    @Test
    void everyStagingTableHoldsTheRunItsStagedColumnsAndTheSourceLine() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("schema").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement columns = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'PUBLIC' AND table_name = ? ORDER BY ordinal_position")) {
            for (ExportTable table : ExportTable.values()) {
                if (table == ExportTable.ORDERS) {
                    assertThat(table.stagingTable()).as("orders go to the order store").isNull();
                    continue;
                }
                columns.setString(1, table.stagingTable().toUpperCase(Locale.ROOT));
                List<String> actual = new ArrayList<>();
                try (ResultSet rs = columns.executeQuery()) {
                    while (rs.next()) {
                        actual.add(rs.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
                List<String> expected = Stream.of(Stream.of("run_id"), table.stagedColumns().stream().map(Column::name),
                        Stream.of("source_line"), ADDED.getOrDefault(table, List.of()).stream()).flatMap(c -> c).toList();
                assertThat(actual).as(table.stagingTable()).containsExactlyElementsOf(expected);
            }
            for (String dropped : List.of("STG_ORDER", "CASE_ASSESSMENT", "CALL_ASSESSMENT")) {
                try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", dropped, null)) {
                    assertThat(tables.next()).as(dropped + " is dropped (V14, V15)").isFalse();
                }
            }
        }
    }

    @Test
    void ofAMessageOnlyItsIdIsStaged() {
        assertThat(ExportTable.MESSAGES.stagedColumns()).extracting(Column::name).containsExactly("message_id");
        assertThat(ExportTable.REVIEWS.stagedColumns()).isEqualTo(ExportTable.REVIEWS.columns());
    }
}
