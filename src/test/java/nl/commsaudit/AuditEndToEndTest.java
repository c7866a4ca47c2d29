package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import nl.commsaudit.report.ReportFiles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line, in-process: a hand-computed export (src/test/resources/exports/service-norms,
 * as of Friday 2026-11-20) through the whole job, and the exit codes and outputs a user relies on.
 */
public class AuditEndToEndTest {

    static final Path SERVICE_NORMS = Path.of("src/test/resources/exports/service-norms");

    @TempDir
    Path temp;

    public record Run(int exitCode, String stderr) {
    }

    public static Run run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Run(CommsAuditApplication.run(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    public static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void auditsTheServiceNormsAsComputedByHand() throws IOException {
        Path out = temp.resolve("out");
        Run run = run("--input=" + SERVICE_NORMS, "--output=" + out, "--as-of=2026-11-20");
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();

        Map<String, List<String>> findings = csv(out.resolve("findings.csv")).stream().collect(Collectors.groupingBy(
                r -> r.get("seller_id"), java.util.TreeMap::new,
                Collectors.mapping(r -> r.get("rule_id") + " " + r.get("entity_id"), Collectors.toList())));
        assertThat(findings.get("nl-1")).containsExactlyInAnyOrder(
                "BOL-SVC-LATE-RESPONSE a3", // Fri 16-17 + Mon 09-16:30 = 8.5 h
                "BOL-SVC-UNANSWERED a5", // deadline Tue 10:00
                "BOL-SVC-UNANSWERED a7", // answered only after the as-of day
                "BOL-SVC-PLATFORM-UNANSWERED p1", // 16 working hours
                "BOL-SVC-RESPONSE-NORM nl-1"); // 3 of 6 due on time
        assertThat(findings.get("nl-2")).containsExactly("BOL-SVC-LATE-RESPONSE n01"); // Koningsdag skipped: 8h01
        List<String> be = findings.get("be-1");
        assertThat(be).contains("BOL-SVC-LATE-RESPONSE b2", "BOL-SVC-WEEKLY-WARNING be-1:2026-W45",
                "BOL-SVC-RESPONSE-NORM be-1", "BOL-SVC-PHONE-NORM be-1");
        assertThat(be).doesNotContain("BOL-SVC-WEEKLY-WARNING be-1:2026-W46", "BOL-SVC-LATE-RESPONSE b1",
                "BOL-SVC-LATE-RESPONSE b3");
        assertThat(be.stream().filter(f -> f.startsWith("BOL-SVC-UNANSWERED"))).hasSize(19);
        assertThat(be).hasSize(23);
        assertThat(findings).doesNotContainKey("amz-1");

        CSVRecord late = csv(out.resolve("findings.csv")).stream()
                .filter(r -> r.get("entity_id").equals("a3")).findFirst().orElseThrow();
        assertThat(late.get("evidence")).isEqualTo("first response 2026-11-16 16:30 after 8.5 working hours;"
                + " deadline 2026-11-16 16:00 (8 working hours after opened 2026-11-13 16:00)");
        assertThat(late.get("occurred_at")).isEqualTo("2026-11-16T16:00:00+01:00");
        assertThat(late.get("kvk_number")).isEqualTo("11111111");
        assertThat(late.get("severity")).isEqualTo("MEDIUM");
        assertThat(late.get("policy_ref")).startsWith("bol-servicenormen-klantenservice.txt");

        List<String> summary = Files.readAllLines(out.resolve("seller-summary.csv"));
        assertThat(summary).containsExactly(
                "seller_id,cases_due,cases_on_time,response_on_time_pct,calls_in_hours,calls_answered,calls_answered_pct,"
                        + "reviews_total,visible_score,visible_score_basis,gold_label_eligible,removable_reviews,findings_total",
                "amz-1,,,,,,,,,,,,0",
                "be-1,22,2,9.1,2,1,50.0,0,,,false,0,23",
                "nl-1,6,3,50.0,10,9,90.0,0,,,false,0,5",
                "nl-2,10,9,90.0,0,0,,0,,,false,0,1");

        List<CSVRecord> rejected = csv(out.resolve("rejected.csv"));
        assertThat(rejected).extracting(r -> r.get("file") + ":" + r.get("line") + " " + r.get("reason")).containsExactly(
                "cases.csv:45 unknown seller_id 'nobody' (not in sellers.csv)",
                "cases.csv:46 duplicate case_id 'a1' (first on line 2)",
                "cases.csv:47 opened_at is not an ISO-8601 timestamp: '16-11-2026 10:00'",
                "calls.csv:19 answered is not true/false: 'nee'");
        assertThat(rejected.get(0).get("raw")).isEqualTo("x1,nobody,,CUSTOMER,2026-11-16T10:00:00+01:00,");
        assertThat(Files.list(out).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void reviewWindowsEndWithTheAsOfDayInAmsterdam() throws IOException {
        // A (20 Aug 23:59) is older than 3 months, B (21 Aug 00:00) is not; G (21 Nov 00:00) is after the as-of day
        Path out = temp.resolve("out");
        assertThat(run("--input=src/test/resources/exports/review-windows", "--output=" + out, "--as-of=2026-11-20").exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("seller-summary.csv"))).contains("w-1,0,0,,0,0,,6,10.0,3M,false,0,0");
        // articles ordered in 30 days: wo-1 (21 Oct 23:59) is before the window, wo-2 (22 Oct 00:00) in it, wo-3
        // without a count is one article, wo-5 (21 Nov 00:00) is after the as-of day: 7 + 1 + 3
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(ReportFiles.path(out, "w-1")))) {
            List<String> gold = new java.util.ArrayList<>();
            for (Row row : workbook.getSheet("Summary")) {
                if (row.getCell(0) != null && "Gold label".equals(row.getCell(0).getStringCellValue())) {
                    gold.add(row.getCell(4).getStringCellValue());
                }
            }
            // reviews in 30 days: E (22 Oct 00:00) and F; in 3 months B to F, all 10 for overall and delivery, no service score
            assertThat(gold).singleElement().asString().contains("3-month mean 10 >= 9 (ok); delivery mean 10 >= 8.5 (ok);"
                    + " service mean n/a >= 8.5 (FAILS); 2 reviews in 30 days > 20 (FAILS); 11 articles ordered in 30 days > 50 (FAILS)");
        }
    }

    @Test
    void aMissingInputFolderStopsWithOneClearLineAndNoOutputs() throws IOException {
        Path out = temp.resolve("out");
        Run run = run("--input=" + temp.resolve("no-such-export"), "--output=" + out, "--as-of=2026-11-20");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr().lines()).hasSize(1);
        assertThat(run.stderr()).startsWith("comms-audit: input folder not found: ").contains("no-such-export");
        assertThat(out.resolve("findings.csv")).doesNotExist();
    }

    @Test
    void aMissingSellersFileOrABadOptionStopsWithOneClearLine() throws IOException {
        Path export = Files.createDirectories(temp.resolve("export"));
        Files.writeString(export.resolve("cases.csv"), "case_id,seller_id,origin,opened_at\n");
        Run missing = run("--input=" + export, "--output=" + temp.resolve("out"), "--as-of=2026-11-20");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).startsWith("comms-audit: required file missing: ").contains("sellers.csv");
        assertThat(missing.stderr().lines()).hasSize(1);

        Run badDate = run("--input=" + export, "--output=" + temp.resolve("out"), "--as-of=20-11-2026");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.stderr().strip()).isEqualTo("comms-audit: --as-of must be a date YYYY-MM-DD, not '20-11-2026'");
    }

    /**
     * Messages are judged ahead of their chunk, in batches that cross chunk boundaries; a message the
     * step then rejects (a second copy of an id, an unknown seller, a bad timestamp) must give no finding,
     * however threatening, and every staged message its own.
     */
    @Test
    void messagesJudgedAheadButRejectedGiveNoFindings() throws IOException {
        Path export = Files.createDirectories(temp.resolve("export"));
        Files.writeString(export.resolve("sellers.csv"), "seller_id,seller_name,kvk_number,country,marketplace\n"
                + "nl-1,Fietsenwinkel Jansen,11111111,NL,BOL\n");
        String threat = "\"Ik weet waar je woont, dus pas maar op.\"";
        StringBuilder messages = new StringBuilder("message_id,seller_id,sent_at,sender,recipient,body\n");
        List<String> threatening = new java.util.ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            boolean threatens = i % 10 == 3;
            messages.append("M").append(i).append(",nl-1,2026-11-16T10:00:00+01:00,SELLER,CUSTOMER,")
                    .append(threatens ? threat : "\"Beste klant, uw pakket is vandaag verzonden. Groet, Jansen\"").append('\n');
            if (threatens) {
                threatening.add("M" + i);
            }
            if (i == 40) {
                messages.append("M5,nl-1,2026-11-16T10:00:00+01:00,SELLER,CUSTOMER,").append(threat).append('\n')
                        .append("X1,nl-9,2026-11-16T10:00:00+01:00,SELLER,CUSTOMER,").append(threat).append('\n')
                        .append("X2,nl-1,gisteren,SELLER,CUSTOMER,").append(threat).append('\n');
            }
        }
        Files.writeString(export.resolve("messages.csv"), messages);

        Path out = temp.resolve("out");
        Run run = run("--input=" + export, "--output=" + out, "--as-of=2026-11-20", "--workbooks=false",
                "--work-dir=" + temp.resolve("work"), "--comms-audit.chunk-size=7");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(csv(out.resolve("findings.csv")).stream().filter(r -> r.get("rule_id").equals("BOL-COM-THREAT"))
                .map(r -> r.get("entity_id"))).containsExactlyInAnyOrderElementsOf(threatening);
        assertThat(csv(out.resolve("rejected.csv")).stream().map(r -> r.get("reason").split(" ")[0]))
                .containsExactly("duplicate", "unknown", "sent_at");
    }

    @Test
    void aFailedRunRestartsFromItsCheckpointAndGivesTheSameOutputsAsACleanRun() throws IOException {
        Path clean = temp.resolve("clean");
        assertThat(run("--input=" + SERVICE_NORMS, "--output=" + clean, "--as-of=2026-11-20").exitCode()).isZero();

        // A folder where findings.csv must go makes the export step fail after all audit steps completed.
        Path out = temp.resolve("out");
        Path blocker = Files.createDirectories(out.resolve("findings.csv"));
        Files.writeString(blocker.resolve("keep"), "x");
        Run failed = run("--input=" + SERVICE_NORMS, "--output=" + out, "--as-of=2026-11-20");
        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.stderr()).startsWith("comms-audit: audit of 2026-11-20 failed");
        assertThat(out.resolve("seller-summary.csv")).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".comms-audit", "findings.csv");
        }

        Files.delete(blocker.resolve("keep"));
        Files.delete(blocker);
        Run restarted = run("--input=" + SERVICE_NORMS, "--output=" + out, "--as-of=2026-11-20");
        assertThat(restarted.exitCode()).isZero();
        for (String file : List.of("findings.csv", "seller-summary.csv", "rejected.csv")) {
            assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(clean.resolve(file)));
        }

        // The same night once more: a new run that replaces the outputs with the same bytes.
        assertThat(run("--input=" + SERVICE_NORMS, "--output=" + out, "--as-of=2026-11-20").exitCode()).isZero();
        assertThat(Files.readString(out.resolve("findings.csv"))).isEqualTo(Files.readString(clean.resolve("findings.csv")));
    }

    @Test
    void scheduledModeRunsEachJobDefinitionOnItsCron() throws Exception {
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Files.writeString(jobs.resolve("every-second.yml"), "cron: \"* * * * * *\"\n"
                + "input: " + SERVICE_NORMS.toAbsolutePath() + "\n"
                + "output: ../reports/{as-of}\n");
        java.util.concurrent.atomic.AtomicReference<org.springframework.context.ConfigurableApplicationContext> context =
                new java.util.concurrent.atomic.AtomicReference<>();
        int code = CommsAuditApplication.run(new String[] {"--schedule", "--jobs=" + jobs, "--work-dir=" + temp.resolve("work")},
                context::set);
        assertThat(code).isEqualTo(CommsAuditApplication.KEEP_RUNNING);
        try {
            Path yesterday = temp.resolve("reports").resolve(
                    java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1).toString());
            long end = System.currentTimeMillis() + 30_000;
            while (!Files.exists(yesterday.resolve("seller-summary.csv")) && System.currentTimeMillis() < end) {
                Thread.sleep(200);
            }
            assertThat(yesterday.resolve("findings.csv")).exists();
            assertThat(yesterday.resolve("seller-summary.csv")).exists();
        } finally {
            context.get().close();
        }
    }
}
