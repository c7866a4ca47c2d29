package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.commsaudit.bench.ExportGenerator;
import nl.commsaudit.job.DeferredIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit survives {@code kill -9}: a separate JVM is killed with SIGKILL after staging sellers has
 * committed its last (short) chunk but before the step is recorded as completed (the restart continues
 * from a checkpoint that holds the read which found the end of the file), then in the middle of staging
 * orders (which a restart stages again from the first row, into a new order store), then (restarted) in
 * the middle of staging messages, then in the middle of auditing cases, then in the middle of writing
 * workbooks; the last restart completes. Its outputs are byte for byte those of a clean, uninterrupted
 * run of the same export: nothing lost, nothing doubled.
 *
 * <p>Where each kill lands is made exact by the {@code comms-audit.hang-at} test aid (the process stops
 * moving at a known row and prints a line); the kill itself is a real SIGKILL of the whole process.
 */
class CrashRestartTest {

    private static final long TIMEOUT_SECONDS = 240;

    @TempDir
    Path temp;

    @Test
    void killedFourTimesTheRestartedRunWritesWhatACleanRunWrites() throws Exception {
        Path export = temp.resolve("export");
        ExportGenerator.generate(export, ExportGenerator.Sizes.forMessages(3_000), 7L);

        Path clean = temp.resolve("clean");
        Child run = start(export, clean, null);
        assertThat(run.finish()).as(run.output()).isZero();

        Path crashed = temp.resolve("crashed");
        // chunks of 50 rows: 28 chunks of messages are committed when the process is killed; audit-reviews and
        // workbooks are partitioned by seller, and each partition stops at the hang point (60 cases, 3 workbooks)
        for (String hangAt : List.of("stage-sellers:end", "stage-orders:700", "stage-messages:1400", "audit-reviews:60", "workbooks:3")) {
            Child killed = start(export, crashed, hangAt);
            killed.killWhenHanging();
            if (hangAt.startsWith("stage-messages")) {
                // the first start found the tables empty and left their indexes out while loading
                assertThat(indexes(crashed)).doesNotContainAnyElementsOf(deferred());
            }
            assertThat(Files.exists(crashed.resolve("findings.csv"))).as("after a kill in " + hangAt)
                    .isEqualTo(hangAt.startsWith("workbooks"));
        }
        long killedWorkbooks;
        try (Stream<Path> files = Files.list(crashed)) {
            // killed after 3 workbooks per partition: the others are not there yet, no half one looks complete
            killedWorkbooks = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).count();
        }
        assertThat(killedWorkbooks).isBetween(3L, 3L * Runtime.getRuntime().availableProcessors());
        Child restart = start(export, crashed, null);
        assertThat(restart.finish()).as(restart.output()).isZero();
        assertThat(restart.output()).contains("marking it failed and restarting it");

        List<String> cleanFiles = outputs(clean);
        assertThat(cleanFiles).contains("findings.csv", "seller-summary.csv", "rejected.csv", "overview.xlsx");
        assertThat(cleanFiles.stream().filter(n -> n.startsWith("audit-")).count()).isGreaterThan(killedWorkbooks);
        assertThat(outputs(crashed)).isEqualTo(cleanFiles);
        for (String file : cleanFiles) {
            assertThat(Files.readAllBytes(crashed.resolve(file))).as(file).isEqualTo(Files.readAllBytes(clean.resolve(file)));
        }
        // the restarts built the indexes the first start left out while loading (job/DeferredIndexes)
        assertThat(indexes(crashed)).containsAll(deferred());
    }

    private static List<String> deferred() {
        return DeferredIndexes.all().stream().map(DeferredIndexes.Index::name).toList();
    }

    /** The indexes of a run's database (its work folder beside the output folder). */
    private static List<String> indexes(Path output) throws java.sql.SQLException {
        String url = "jdbc:h2:file:" + output.resolveSibling(output.getFileName() + "-work").toAbsolutePath() + "/audit";
        List<String> indexes = new ArrayList<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT LOWER(index_name) FROM information_schema.indexes")) {
            while (rs.next()) {
                indexes.add(rs.getString(1));
            }
        }
        return indexes;
    }

    private static List<String> outputs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** The audit in its own JVM, with the test's class path; the Amazon spelling rule off to keep it quick. */
    private Child start(Path export, Path output, String hangAt) throws IOException {
        Path definition = temp.resolve("job.yml");
        if (!Files.exists(definition)) {
            Files.writeString(definition, "rules:\n  AMZ-STY-SPELLING: { enabled: false }\ninput: x\noutput: y\n");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC"));
        if (hangAt != null) {
            command.add("-Dcomms-audit.hang-at=" + hangAt);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CommsAuditApplication.class.getName(),
                "--job=" + definition, "--input=" + export, "--output=" + output, "--as-of=2026-11-20",
                "--work-dir=" + output.resolveSibling(output.getFileName() + "-work"), "--comms-audit.chunk-size=50",
                "--logging.level.nl.commsaudit.job.BatchAuditRunner=INFO")); // logback-test.xml silences it
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new Child(process);
    }

    /** A child JVM whose output is collected as it comes. */
    private static final class Child {

        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final CountDownLatch hanging = new CountDownLatch(1);

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        output.append(line).append('\n');
                        if (line.startsWith("hanging at ")) {
                            hanging.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        int finish() throws InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the audit did not finish in " + TIMEOUT_SECONDS + " s:\n" + output);
            }
            return process.exitValue();
        }

        /** Waits for the hang point, then SIGKILL (destroyForcibly is SIGKILL on Linux). */
        void killWhenHanging() throws InterruptedException {
            boolean reached = hanging.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            assertThat(reached).as("the hang point was reached:\n" + output).isTrue();
            assertThat(process.exitValue()).isEqualTo(137); // 128 + SIGKILL
        }

        String output() {
            return output.toString();
        }
    }
}
