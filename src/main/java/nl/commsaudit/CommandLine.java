package nl.commsaudit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.ingest.ExportSource;
import nl.commsaudit.job.AuditRequest;
import nl.commsaudit.schedule.JobDefinition;

/**
 * The command line of export-format.md and the README:
 * <pre>
 * --input=DIR --output=DIR [--as-of=YYYY-MM-DD]      audit one export and exit
 * --job=FILE [--as-of=YYYY-MM-DD]                    the same, with a job definition's input, output and rules
 * --schedule [--jobs=DIR]                            run every job definition on its cron, until stopped
 * [--work-dir=DIR]                                   where the job repository and staging database live
 * </pre>
 * {@code --as-of} defaults to yesterday (Europe/Amsterdam). An output path may contain {@code {as-of}}.
 */
public final class CommandLine {

    private static final Set<String> OPTIONS = Set.of("input", "output", "as-of", "job", "jobs", "schedule",
            "work-dir", "workbooks", "help");

    private final Map<String, String> options;
    private final Clock clock;

    private CommandLine(Map<String, String> options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException with a one-line explanation of what is wrong
     */
    public static CommandLine parse(String[] args, Clock clock) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "' (options are written --name=value)");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            String value = equals < 0 ? "" : arg.substring(equals + 1);
            if (name.startsWith("spring.") || name.startsWith("logging.") || name.startsWith("comms-audit.")) {
                continue; // Spring Boot properties pass through
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " (see --help)");
            }
            options.put(name, value);
        }
        CommandLine line = new CommandLine(options, clock);
        if (!line.help() && !line.schedule()) {
            line.request(); // validate now, before anything starts
        }
        return line;
    }

    public boolean help() {
        return options.containsKey("help");
    }

    public boolean schedule() {
        return options.containsKey("schedule");
    }

    public Path jobsFolder() {
        return Path.of(options.getOrDefault("jobs", "jobs"));
    }

    /** The work folder: given, or {@code .comms-audit} inside the output folder of a single run, or {@code work}. */
    public Path workDir() {
        String given = options.get("work-dir");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        if (schedule() || help()) {
            return Path.of("work");
        }
        return request().output().resolve(".comms-audit");
    }

    public LocalDate asOf() {
        String value = options.get("as-of");
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock.withZone(WorkingHoursClock.AMSTERDAM)).minusDays(1);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** The single run this command line asks for. */
    public AuditRequest request() {
        LocalDate asOf = asOf();
        String job = options.get("job");
        if (job != null) {
            if (job.isBlank()) {
                throw new IllegalArgumentException("--job needs a job definition file");
            }
            JobDefinition definition = JobDefinition.load(Path.of(job));
            ExportSource input = options.containsKey("input") ? ExportSource.parse(required("input"), null) : definition.input();
            Path output = options.containsKey("output") ? JobDefinition.outputFor(required("output"), asOf)
                    : definition.outputFor(asOf);
            return new AuditRequest(input, output, asOf, definition.file(), workbooks());
        }
        return new AuditRequest(ExportSource.parse(required("input"), null), JobDefinition.outputFor(required("output"), asOf), asOf, null,
                workbooks());
    }

    /** {@code --workbooks=false} skips the Excel workbooks (the CSV outputs are always written). */
    public boolean workbooks() {
        String value = options.getOrDefault("workbooks", "true").strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false") && !value.isEmpty()) {
            throw new IllegalArgumentException("--workbooks must be true or false, not '" + value + "'");
        }
        return !value.equalsIgnoreCase("false");
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required (usage: --input=DIR --output=DIR [--as-of=YYYY-MM-DD])");
        }
        return value;
    }

    public static String usage() {
        return """
                Comms Audit: audits seller communication exports against bol.com and Amazon policies.

                  java -jar comms-audit.jar --input=DIR --output=DIR [--as-of=YYYY-MM-DD]
                      audit one export (export-format.md) and exit: 0 = completed, non-zero = could not
                  java -jar comms-audit.jar --job=jobs/NAME.yml [--as-of=YYYY-MM-DD]
                      the same with a job definition's input, output and rule overrides
                  java -jar comms-audit.jar --schedule [--jobs=DIR]
                      run every job definition in DIR (default jobs/) on its cron until stopped

                  --as-of      the audit's "now" (end of that day, Europe/Amsterdam); default yesterday
                  --output     may contain {as-of}, e.g. reports/{as-of}
                  --work-dir   job repository and staging database (default OUTPUT/.comms-audit, or work/ when scheduled)
                  --workbooks  false: write only the CSV outputs, no Excel workbooks
                """;
    }
}
