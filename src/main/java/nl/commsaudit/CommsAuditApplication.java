package nl.commsaudit;

import java.time.Clock;
import nl.commsaudit.ingest.RootCause;
import nl.commsaudit.job.AuditOutcome;
import nl.commsaudit.job.AuditRun;
import nl.commsaudit.job.AuditRunner;
import nl.commsaudit.job.JobDefinitionRules;
import nl.commsaudit.rules.RuleSettings;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point. Without {@code --schedule} it audits one export and exits with 0 when the audit
 * completed, non-zero with one line on stderr when it could not; with {@code --schedule} it keeps
 * running and audits every job definition on its cron.
 */
@SpringBootApplication
public class CommsAuditApplication {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /** {@link #run} returns this in scheduled mode: the JVM keeps running on the scheduler's threads. */
    static final int KEEP_RUNNING = -1;

    public static void main(String[] args) {
        int exitCode = run(args);
        if (exitCode != KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    /** Runs the command line; returns the exit code, or {@link #KEEP_RUNNING} when the scheduler was started. */
    static int run(String[] args) {
        return run(args, context -> { });
    }

    /** As {@link #run(String[])}, handing the started scheduler's context to the caller (tests stop it). */
    static int run(String[] args, java.util.function.Consumer<ConfigurableApplicationContext> scheduled) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, Clock.systemDefaultZone());
        } catch (IllegalArgumentException e) {
            System.err.println("comms-audit: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (line.help()) {
            System.out.print(CommandLine.usage());
            return 0;
        }
        if (!line.schedule()) {
            preloadDetectors(line.request().definition());
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(CommsAuditApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .properties("comms-audit.work-dir=" + line.workDir().toAbsolutePath(),
                            "comms-audit.schedule.enabled=" + line.schedule(),
                            "comms-audit.schedule.jobs=" + line.jobsFolder().toAbsolutePath())
                    .run(args);
        } catch (RuntimeException e) {
            System.err.println("comms-audit: could not start: " + startupReason(e, line));
            return EXIT_FAILED;
        }
        if (line.schedule()) {
            scheduled.accept(context); // the scheduler's threads keep the JVM alive; SIGTERM closes the context
            return KEEP_RUNNING;
        }
        try (context) {
            AuditOutcome outcome = context.getBean(AuditRunner.class).run(line.request());
            if (!outcome.completed()) {
                System.err.println("comms-audit: " + outcome.message());
                return EXIT_FAILED;
            }
            System.out.println(outcome.message());
            return 0;
        }
    }

    /**
     * Spring's start-up takes seconds on one core: the language models and spelling dictionaries that
     * the run's Amazon rules will need are built meanwhile on the other ({@link AuditRun#preloadDetectors}).
     * The job definition decides, as it does for the run itself; one that cannot be read is reported by
     * the run, not here.
     */
    private static void preloadDetectors(java.nio.file.Path definition) {
        RuleSettings settings;
        try {
            settings = new JobDefinitionRules().load(definition);
        } catch (IllegalArgumentException e) {
            return;
        }
        AuditRun.preloadDetectors(settings);
    }

    private static String startupReason(Throwable e, CommandLine line) {
        String message = RootCause.firstLine(e);
        if (message.contains("already in use") || message.contains("locked")) {
            return "the work database in " + line.workDir().toAbsolutePath()
                    + " is in use by another audit (" + message + ")";
        }
        return message;
    }
}
