package nl.commsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample export, audited as the README's first command does; input-samples/README.md says what to expect. */
class InputSamplesTest {

    @TempDir
    Path temp;

    @Test
    void auditsTheSamplesAsDocumented() throws Exception {
        Path out = temp.resolve("2026-11-20");
        AuditEndToEndTest.Run run = AuditEndToEndTest.run("--input=input-samples", "--output=" + out, "--as-of=2026-11-20");
        assertThat(run.exitCode()).isZero();

        List<CSVRecord> findings = AuditEndToEndTest.csv(out.resolve("findings.csv"));
        Set<String> flagged = findings.stream().map(r -> r.get("rule_id") + " " + r.get("entity_id")).collect(Collectors.toSet());
        assertThat(flagged).contains(
                "BOL-SVC-LATE-RESPONSE C-1001-4301", "BOL-SVC-LATE-RESPONSE C-2001-09", "BOL-SVC-UNANSWERED C-2002-03",
                "BOL-SVC-PLATFORM-UNANSWERED C-1001-4703", "BOL-SVC-PLATFORM-UNANSWERED C-2001-10",
                "BOL-SVC-RESPONSE-NORM bol-1001", "BOL-SVC-RESPONSE-NORM bol-2002", "BOL-SVC-WEEKLY-WARNING bol-1001:2026-W45",
                "BOL-SVC-PHONE-NORM bol-1001",
                "BOL-COM-ABUSIVE M0011", "BOL-COM-ABUSIVE M0018", "BOL-COM-THREAT M0011", "BOL-COM-REVIEW-CONDITIONAL M0012",
                "BOL-COM-REVIEW-STEERING M0014", "BOL-COM-REVIEW-STEERING M0012", "BOL-COM-MARKETING M0006", "BOL-COM-REVIEW-REQUEST-SEPARATE M0005",
                "BOL-COM-REVIEW-REQUEST-WORDING M0004", "BOL-COM-INVALID-CONTACT bol-1002", "BOL-COM-INVALID-CONTACT bol-2002",
                "BOL-REV-OFFENSIVE R-1001-01", "BOL-REV-PERSONAL-DATA R-1001-02", "BOL-REV-PRODUCT-ONLY R-1001-03",
                "BOL-REV-FRAUD R-1001-07", "BOL-REV-FRAUD R-1001-08", "BOL-REV-FRAUD R-1001-09", "BOL-REV-OTHER-SELLER R-1001-10",
                "BOL-REV-PERSONAL-DATA R-1001-12",
                "AMZ-MSG-LATE M0026", "AMZ-MSG-NO-ORDER-ID M0027", "AMZ-MSG-WRONG-LANGUAGE M0021", "AMZ-MSG-CONFIRMATION M0021",
                "AMZ-MSG-THANKS-ONLY M0028", "AMZ-MSG-MARKETING M0029", "AMZ-MSG-REVIEW-INCENTIVE M0022",
                "AMZ-MSG-REVIEW-CHANGE M0031", "AMZ-MSG-REVIEW-POSITIVE-ONLY M0022", "AMZ-MSG-REVIEW-REPEAT M0022",
                "AMZ-MSG-REVIEW-REPEAT M0032", "AMZ-MSG-CANCEL-REQUEST M0025", "AMZ-CNT-EXTERNAL-LINK M0022",
                "AMZ-CNT-EMAIL-ADDRESS M0031", "AMZ-CNT-PHONE-NUMBER M0031", "AMZ-CNT-OPT-OUT M0022", "AMZ-CNT-TRACKING-PIXEL M0022",
                "AMZ-CNT-LOGO-LINK M0022", "AMZ-CNT-ATTACHMENT M0022", "AMZ-CNT-OFFENSIVE M0037", "AMZ-STY-EMOJI M0021", "AMZ-STY-ANIMATED-GIF M0022",
                "AMZ-STY-LINK-TEXT M0022", "AMZ-STY-IMG-ALT M0022", "AMZ-STY-INSECURE-IMAGE M0022", "AMZ-STY-LINE-BREAKS M0022",
                "AMZ-STY-CENTERED M0022", "AMZ-STY-FONT-SIZES M0034", "AMZ-STY-FONT M0022", "AMZ-STY-MARGIN M0034",
                "AMZ-STY-IMAGE-WIDTH M0034", "AMZ-STY-SPELLING M0038");
        assertThat(flagged).doesNotContain(
                "BOL-SVC-LATE-RESPONSE C-1001-4611", "BOL-SVC-LATE-RESPONSE C-1001-4610", "BOL-SVC-UNANSWERED C-1001-4702",
                "BOL-SVC-WEEKLY-WARNING bol-1001:2026-W46", "BOL-SVC-RESPONSE-NORM bol-2001", "BOL-SVC-PHONE-NORM bol-2001",
                "BOL-COM-ABUSIVE M0008", "BOL-COM-ABUSIVE M0009", "BOL-COM-MARKETING M0007",
                "BOL-COM-REVIEW-STEERING M0013", "BOL-COM-REVIEW-CONDITIONAL M0013",
                "BOL-COM-REVIEW-REQUEST-WORDING M0003", "BOL-COM-REVIEW-REQUEST-WORDING M0019",
                "BOL-COM-INVALID-CONTACT bol-1001", "BOL-COM-INVALID-CONTACT bol-2001",
                "BOL-REV-PRODUCT-ONLY R-1001-04", "BOL-REV-PRODUCT-ONLY R-1001-05", "BOL-REV-PRODUCT-ONLY R-1001-06",
                "BOL-REV-PERSONAL-DATA R-1001-11",
                "AMZ-MSG-REVIEW-REPEAT M0033", // the first request, although it comes later in the file
                "AMZ-CNT-PHONE-NUMBER M0024", // the manufacturer's warranty number
                "AMZ-CNT-ATTACHMENT M0024", "AMZ-CNT-ATTACHMENT M0034", // retourlabel.pdf, handleiding.pdf
                "AMZ-MSG-CONFIRMATION M0035", "AMZ-MSG-MARKETING M0035", "AMZ-CNT-EXTERNAL-LINK M0035"); // delay notice, PostNL link
        // the whole catalogue of this pack shows up at least once
        Set<String> rules = findings.stream().map(r -> r.get("rule_id")).collect(Collectors.toSet());
        assertThat(rules).containsAll(nl.commsaudit.rules.RuleCatalog.ids());

        List<String> summary = Files.readAllLines(out.resolve("seller-summary.csv"));
        // bol-2001: 22 reviews in 3 months, 11 x 10 + 11 x 9 = 9.5, all gold-label conditions met (60 articles)
        // bol-2002: 1 review in 3 months, so the mean of all: (7 + 4) / 2 = 5.5
        assertThat(summary).contains("bol-2001,10,9,90.0,10,9,90.0,22,9.5,3M,true,0,3",
                "bol-2002,3,1,33.3,0,0,,2,5.5,ALL,false,2,7", "amz-A2XK9,,,,,,,,,,,,33", "amz-B7QP1,,,,,,,,,,,,3");
        assertThat(summary).anyMatch(line -> line.startsWith("bol-1001,25,4,16.0,11,8,72.7,12,"));
        // a seller id that is a formula is written as text
        assertThat(summary).anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"http://x.example\"\")/../../evil\","));
        assertThat(findings).allMatch(r -> !r.get("seller_id").startsWith("="));

        assertThat(AuditEndToEndTest.csv(out.resolve("rejected.csv"))).hasSize(15);

        // the service norms, against figures computed by hand (input-samples/README.md, "Service norms")
        List<String> normColumns = List.of("seller_id", "cases_due", "cases_on_time", "response_on_time_pct",
                "calls_in_hours", "calls_answered", "calls_answered_pct");
        java.util.function.Function<CSVRecord, String> norm = r -> normColumns.stream()
                .map(c -> c.equals("seller_id") ? r.get(c).replaceFirst("^'", "") : r.get(c)).collect(Collectors.joining(","));
        Set<String> norms = AuditEndToEndTest.csv(out.resolve("seller-summary.csv")).stream()
                .filter(r -> !r.get("cases_due").isEmpty()).map(norm).collect(Collectors.toSet());
        Set<String> expectedNorms = AuditEndToEndTest.csv(Path.of("input-samples/expected-service-norms.csv")).stream()
                .map(norm).collect(Collectors.toSet());
        assertThat(norms).isEqualTo(expectedNorms);
        Set<String> serviceFindings = findings.stream().filter(r -> r.get("rule_id").startsWith("BOL-SVC-"))
                .map(r -> String.join(",", r.get("seller_id"), r.get("rule_id"), r.get("entity_type"), r.get("entity_id")))
                .collect(Collectors.toSet());
        Set<String> expectedFindings = AuditEndToEndTest.csv(Path.of("input-samples/expected-service-findings.csv")).stream()
                .map(r -> String.join(",", r.get("seller_id"), r.get("rule_id"), r.get("entity_type"), r.get("entity_id")))
                .collect(Collectors.toSet());
        assertThat(serviceFindings).isEqualTo(expectedFindings);
    }
}
