package nl.commsaudit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.commsaudit.job.AuditOutcome;
import nl.commsaudit.job.AuditRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlySchedulerTest {

    @TempDir
    Path folder;

    private Path definition(String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsADefinitionWithDefaultsAndPathsRelativeToItsFolder() throws IOException {
        JobDefinition job = JobDefinition.load(definition("nightly.yml", """
                input: exports/latest
                output: reports/{as-of}
                rules:
                  BOL-SVC-PHONE-NORM:
                    severity: HIGH
                """));
        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.cronText()).isEqualTo("0 0 2 * * *");
        assertThat(job.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(job.input()).isEqualTo(new nl.commsaudit.ingest.ExportSource.Folder(folder.resolve("exports/latest")));
        assertThat(job.outputFor(LocalDate.of(2026, 3, 2))).isEqualTo(folder.resolve("reports/2026-03-02"));
    }

    @Test
    void theDatabaseExampleNamesADatasourceAndNoPassword() throws IOException {
        Path copy = folder.resolve("marketplace.yml");
        Files.copy(Path.of("jobs/postgres.yml.example"), copy);
        JobDefinition job = JobDefinition.load(copy);
        assertThat(job.input()).isEqualTo(new nl.commsaudit.ingest.ExportSource.Database("datasource:marketplace"));
        assertThat(job.input().describe()).isEqualTo("datasource:marketplace");
        assertThat(JobDefinition.load(definition("url.yml", "input: jdbc:postgresql://db/x?user=a&password=s3cret\noutput: y\n"))
                .input().describe()).isEqualTo("jdbc:postgresql://db/x?user=a&password=***");
    }

    @Test
    void rejectsABadCronAnUnknownRuleAndMissingPaths() throws IOException {
        assertThatThrownBy(() -> JobDefinition.load(definition("a.yml", "cron: every night\ninput: x\noutput: y\n")))
                .hasMessageContaining("cron 'every night' is not a valid cron expression");
        assertThatThrownBy(() -> JobDefinition.load(definition("b.yml", "input: x\noutput: y\nrules:\n  BOL-NOPE: {severity: HIGH}\n")))
                .hasMessageContaining("unknown rule id 'BOL-NOPE'");
        assertThatThrownBy(() -> JobDefinition.load(definition("c.yml", "input: x\n")))
                .hasMessageContaining("input: and output: are required");
        assertThatThrownBy(() -> JobDefinition.load(definition("d.yml", "input: x\noutput: y\nrules:\n  BOL-SVC-PHONE-NORM: {severity: URGENT}\n")))
                .hasMessageContaining("severity must be HIGH, MEDIUM or LOW");
    }

    @Test
    void firesOnItsCronWithYesterdayAsTheAsOfDay() throws Exception {
        definition("fast.yml", "cron: \"* * * * * *\"\ninput: in\noutput: out/{as-of}\n");
        List<AuditRequest> requests = new CopyOnWriteArrayList<>();
        Clock clock = Clock.fixed(Instant.parse("2026-03-03T01:00:00Z"), ZoneId.of("UTC"));
        NightlyScheduler scheduler = new NightlyScheduler(NightlyScheduler.loadFolder(folder), request -> {
            requests.add(request);
            return AuditOutcome.completed("ok");
        }, clock);
        scheduler.start();
        try {
            waitFor(() -> requests.size() >= 2, 5_000);
        } finally {
            scheduler.stop();
        }
        assertThat(requests.get(0).asOf()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(requests.get(0).output()).isEqualTo(folder.resolve("out/2026-03-02"));
        assertThat(requests.get(0).definition()).isEqualTo(folder.resolve("fast.yml"));
    }

    @Test
    void aRunThatIsStillBusyIsNotStartedTwice() throws Exception {
        JobDefinition definition = JobDefinition.load(definition("slow.yml", "input: in\noutput: out\n"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        NightlyScheduler scheduler = new NightlyScheduler(List.of(definition), request -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AuditOutcome.completed("ok");
        }, Clock.systemUTC());
        Runnable job = scheduler.job(definition);
        Thread first = new Thread(job);
        first.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        job.run(); // fires while the first run is busy: must return at once without running
        assertThat(runs.get()).isEqualTo(1);
        release.countDown();
        first.join(5_000);
        job.run(); // no longer busy: runs again
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void anEmptyOrMissingFolderIsAnError() {
        assertThatThrownBy(() -> NightlyScheduler.loadFolder(folder)).hasMessageContaining("no job definitions");
        assertThatThrownBy(() -> NightlyScheduler.loadFolder(folder.resolve("none")))
                .hasMessageContaining("job definitions folder not found");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met within " + millis + " ms");
            }
            Thread.sleep(50);
        }
    }
}
