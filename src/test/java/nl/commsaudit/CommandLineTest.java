package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.commsaudit.job.AuditRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    // 2026-11-20 23:30 UTC is already 2026-11-21 00:30 in Amsterdam: "yesterday" is the 20th there
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void asOfDefaultsToYesterdayInAmsterdam() {
        CommandLine line = CommandLine.parse(new String[] {"--input=in", "--output=out"}, LATE_EVENING_UTC);
        assertThat(line.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
        AuditRequest request = line.request();
        assertThat(request.input()).isEqualTo(new nl.commsaudit.ingest.ExportSource.Folder(Path.of("in")));
        assertThat(request.output()).isEqualTo(Path.of("out"));
        assertThat(request.definition()).isNull();
    }

    @Test
    void theOutputMayNameTheAsOfDay() {
        AuditRequest request = CommandLine.parse(new String[] {"--input=in", "--output=reports/{as-of}", "--as-of=2026-03-02"},
                LATE_EVENING_UTC).request();
        assertThat(request.output()).isEqualTo(Path.of("reports/2026-03-02"));
        assertThat(request.asOf()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aJobDefinitionGivesInputOutputAndRules() throws Exception {
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.writeString(jobs.resolve("samples.yml"), "input: ../input-samples\noutput: ../reports/{as-of}\n");
        AuditRequest request = CommandLine.parse(new String[] {"--job=" + jobs.resolve("samples.yml"), "--as-of=2026-11-20"},
                LATE_EVENING_UTC).request();
        assertThat(request.input()).isEqualTo(new nl.commsaudit.ingest.ExportSource.Folder(temp.resolve("input-samples")));
        assertThat(request.output()).isEqualTo(temp.resolve("reports/2026-11-20"));
        assertThat(request.definition()).isEqualTo(jobs.resolve("samples.yml"));
    }

    @Test
    void theWorkFolderLivesInTheOutputOfASingleRun() {
        CommandLine line = CommandLine.parse(new String[] {"--input=in", "--output=out", "--as-of=2026-03-02"}, LATE_EVENING_UTC);
        assertThat(line.workDir()).isEqualTo(Path.of("out/.comms-audit"));
        assertThat(CommandLine.parse(new String[] {"--schedule"}, LATE_EVENING_UTC).workDir()).isEqualTo(Path.of("work"));
    }

    @Test
    void explainsWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--output=out"}, LATE_EVENING_UTC))
                .hasMessageStartingWith("--input is required");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--input=in", "--output=out", "--as-of=2026-02-30"}, LATE_EVENING_UTC))
                .hasMessage("--as-of must be a date YYYY-MM-DD, not '2026-02-30'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--inptu=in"}, LATE_EVENING_UTC))
                .hasMessage("unknown option --inptu (see --help)");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"in", "out"}, LATE_EVENING_UTC))
                .hasMessageStartingWith("unexpected argument 'in'");
    }
}
