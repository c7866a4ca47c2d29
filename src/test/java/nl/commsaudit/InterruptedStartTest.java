package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed as a run starts can leave the run recorded without its first execution: Spring Batch
 * records the two in separate transactions, and H2 writes its file every half second. The next start
 * must run it again instead of failing on "Cannot find any job execution" (seen in CrashRestartTest when
 * a child reached its hang point within that half second).
 */
class InterruptedStartTest {

    @TempDir
    Path temp;

    @Test
    void aRunRecordedWithoutAnExecutionIsStartedAgain() throws Exception {
        Path work = temp.resolve("work");
        Path out = temp.resolve("out");
        String[] args = {"--input=input-samples", "--output=" + out, "--as-of=2026-11-20", "--work-dir=" + work};
        assertThat(AuditEndToEndTest.run(args).exitCode()).isZero();
        byte[] findings = Files.readAllBytes(out.resolve("findings.csv"));

        // what the killed JVM leaves: the run (job instance 1) without any execution
        String url = "jdbc:h2:file:" + work.toAbsolutePath() + "/audit";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT");
            statement.execute("DELETE FROM BATCH_STEP_EXECUTION");
            statement.execute("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT");
            statement.execute("DELETE FROM BATCH_JOB_EXECUTION_PARAMS");
            statement.execute("DELETE FROM BATCH_JOB_EXECUTION");
        }
        Files.delete(out.resolve("findings.csv"));

        AuditEndToEndTest.Run again = AuditEndToEndTest.run(args);
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(Files.readAllBytes(out.resolve("findings.csv"))).isEqualTo(findings);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT i.JOB_INSTANCE_ID, e.STATUS FROM BATCH_JOB_INSTANCE i"
                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID")) {
            // the run was started again under its own number, not left behind beside a new one
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("COMPLETED");
            assertThat(rs.next()).isFalse();
        }
    }
}
