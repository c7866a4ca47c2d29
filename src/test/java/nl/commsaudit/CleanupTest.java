package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A completed run leaves no staging rows behind, and never removes those of another run (one awaiting a restart). */
class CleanupTest {

    @TempDir
    Path temp;

    @Test
    void aCompletedRunRemovesItsStagingRowsAndOnlyThose() throws Exception {
        Path work = temp.resolve("work");
        // the bundled samples: every kind of row, review requests included
        String[] args = {"--input=input-samples", "--output=" + temp.resolve("out"),
            "--as-of=2026-11-20", "--work-dir=" + work};
        assertThat(AuditEndToEndTest.run(args).exitCode()).isZero();
        String url = "jdbc:h2:file:" + work.toAbsolutePath() + "/audit";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM stg_case")).isZero(); // emptied at once: no other run
            // a run that failed and waits for its restart keeps its rows
            statement.execute("INSERT INTO stg_seller (run_id, seller_id, country, marketplace, source_line)"
                    + " VALUES (999, 'waiting', 'NL', 'BOL', 2)");
        }
        assertThat(AuditEndToEndTest.run(args).exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM stg_seller WHERE run_id = 999")).isEqualTo(1);
            assertThat(count(statement, "SELECT COUNT(*) FROM stg_seller WHERE run_id <> 999")).isZero();
            // every table that holds rows of a run, including any added after this test was written
            java.util.List<String> runTables = new java.util.ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = 'PUBLIC' AND column_name = 'RUN_ID' AND table_name NOT LIKE 'BATCH%'")) {
                while (rs.next()) {
                    runTables.add(rs.getString(1));
                }
            }
            assertThat(runTables).contains("STG_MESSAGE", "STG_REVIEW_REQUEST", "FINDING");
            for (String table : runTables) {
                assertThat(count(statement, "SELECT COUNT(*) FROM " + table + " WHERE run_id <> 999")).as(table).isZero();
            }
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(work)) {
            // the runs' order stores (ingest/OrderStore) are gone; the database is left
            assertThat(files.map(f -> f.getFileName().toString())).contains("audit.mv.db")
                    .noneMatch(name -> name.startsWith("orders-run-"));
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
