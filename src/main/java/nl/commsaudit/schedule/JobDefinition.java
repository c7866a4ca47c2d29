package nl.commsaudit.schedule;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.commsaudit.ingest.ExportSource;
import nl.commsaudit.job.JobDefinitionRules;
import org.springframework.scheduling.support.CronExpression;

/**
 * One job definition file in {@code jobs/} (YAML):
 * <pre>
 * name: nightly-bol            # defaults to the file name
 * cron: "0 0 2 * * *"          # Spring cron (second minute hour day month weekday); default 02:00
 * zone: Europe/Amsterdam       # time zone of the cron; default Europe/Amsterdam
 * input: /data/exports/latest  # export folder, or jdbc:postgresql://... or datasource:NAME (credentials: README)
 * output: /data/reports/{as-of} # output folder; {as-of} becomes the audited day
 * rules:                       # optional overrides of rules.md defaults
 *   BOL-SVC-PHONE-NORM: { severity: HIGH }
 * </pre>
 * Relative paths are relative to the folder of the definition file.
 */
public record JobDefinition(Path file, String name, CronExpression cron, String cronText, ZoneId zone, ExportSource input,
        String output) {

    public static final String DEFAULT_CRON = "0 0 2 * * *";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String AS_OF = "{as-of}";

    /**
     * Reads and checks a definition, rule overrides included.
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static JobDefinition load(Path file) {
        Map<?, ?> yaml = JobDefinitionRules.readYaml(file);
        Path folder = file.toAbsolutePath().getParent();
        String fileName = file.getFileName().toString();
        String name = text(yaml, "name", fileName.replaceFirst("\\.ya?ml$", ""));
        String cronText = text(yaml, "cron", DEFAULT_CRON);
        CronExpression cron;
        try {
            cron = CronExpression.parse(cronText);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": cron '" + cronText + "' is not a valid cron expression"
                    + " (six fields: second minute hour day month weekday): " + e.getMessage());
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(text(yaml, "zone", DEFAULT_ZONE.getId()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(file + ": zone: " + e.getMessage());
        }
        String input = text(yaml, "input", null);
        String output = text(yaml, "output", null);
        if (input == null || output == null) {
            throw new IllegalArgumentException(file + ": input: and output: are required");
        }
        new JobDefinitionRules().load(file); // the rule overrides must be valid too
        new JobDefinitionRules().lexicons(file); // and the lexicon folder must exist
        return new JobDefinition(file.toAbsolutePath(), name, cron, cronText, zone, ExportSource.parse(input, folder),
                folder.resolve(output).normalize().toString());
    }

    private static String text(Map<?, ?> yaml, String key, String defaultValue) {
        Object value = yaml.get(key);
        return value == null || value.toString().isBlank() ? defaultValue : value.toString().strip();
    }

    /** The output folder of the run for a day. */
    public Path outputFor(LocalDate asOf) {
        return outputFor(output, asOf);
    }

    /** An output path with {@code {as-of}} replaced by the day. */
    public static Path outputFor(String output, LocalDate asOf) {
        return Path.of(output.replace(AS_OF, asOf.toString()));
    }
}
