package nl.commsaudit.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import nl.commsaudit.job.AuditOutcome;
import nl.commsaudit.job.AuditRequest;
import nl.commsaudit.job.AuditRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Scheduled mode: runs the audit of every job definition on its cron, unattended, and logs each run's
 * outcome. The as-of day of a run is the day before the moment it fires, in the definition's zone.
 * A definition whose previous run is still busy is not started a second time; that firing is skipped
 * and logged.
 */
public class NightlyScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

    private final List<JobDefinition> definitions;
    private final AuditRunner runner;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private volatile boolean running;

    public NightlyScheduler(List<JobDefinition> definitions, AuditRunner runner, Clock clock) {
        this.definitions = List.copyOf(definitions);
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * Reads every {@code *.yml}/{@code *.yaml} file of a folder.
     *
     * @throws IllegalArgumentException when the folder is missing or empty, or a definition is invalid
     */
    public static List<JobDefinition> loadFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("job definitions folder not found: " + folder.toAbsolutePath());
        }
        List<JobDefinition> definitions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                    definitions.add(JobDefinition.load(file));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + folder.toAbsolutePath() + ": " + e.getMessage());
        }
        if (definitions.isEmpty()) {
            throw new IllegalArgumentException("no job definitions (*.yml) in " + folder.toAbsolutePath());
        }
        return definitions;
    }

    @Override
    public void start() {
        scheduler.setPoolSize(Math.max(1, definitions.size()));
        scheduler.setThreadNamePrefix("audit-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(30);
        scheduler.initialize();
        for (JobDefinition definition : definitions) {
            scheduled.add(scheduler.schedule(job(definition), new CronTrigger(definition.cronText(), definition.zone())));
            log.info("scheduled job '{}' on cron '{}' ({}): input {}, output {}", definition.name(),
                    definition.cronText(), definition.zone(), definition.input().describe(), definition.output());
        }
        running = true;
    }

    @Override
    public void stop() {
        scheduled.forEach(future -> future.cancel(false));
        scheduler.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The firing of one definition (the scheduler makes one per definition). */
    ScheduledJob job(JobDefinition definition) {
        return new ScheduledJob(definition);
    }

    /** One definition's firing: skipped while its previous run is still busy. */
    final class ScheduledJob implements Runnable {

        private final JobDefinition definition;
        private final AtomicBoolean busy = new AtomicBoolean();

        ScheduledJob(JobDefinition definition) {
            this.definition = definition;
        }

        @Override
        public void run() {
            if (!busy.compareAndSet(false, true)) {
                log.warn("job '{}': previous run still busy, this firing is skipped", definition.name());
                return;
            }
            try {
                LocalDate asOf = LocalDate.now(clock.withZone(definition.zone())).minusDays(1);
                log.info("job '{}': audit as of {} started", definition.name(), asOf);
                AuditOutcome outcome = runner.run(new AuditRequest(definition.input(), definition.outputFor(asOf), asOf,
                        definition.file()));
                if (outcome.completed()) {
                    log.info("job '{}': {}", definition.name(), outcome.message());
                } else {
                    log.error("job '{}': FAILED: {}", definition.name(), outcome.message());
                }
            } catch (RuntimeException e) {
                log.error("job '{}': FAILED: {}", definition.name(), e.toString(), e);
            } finally {
                busy.set(false);
            }
        }
    }
}
