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
        String[] args = {"--input=" + AuditEndToEndTest.SERVICE_NORMS, "--output=" + temp.resolve("out"),
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
            for (String table : new String[] {"stg_case", "stg_call", "stg_message", "finding", "case_assessment"}) {
                assertThat(count(statement, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
