package nl.commsaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    @Test
    void sellerIdsBecomeSafeUniqueFileNamesInsideTheFolder() {
        Path folder = Path.of("/reports/2026-11-20");
        assertThat(ReportFiles.fileName("bol-1001")).isEqualTo("audit-bol-1001.xlsx");
        for (String id : new String[] {"../x", "a/b", "CON", "con.txt", "..", "", "=HYPERLINK(\"x\")", "x".repeat(300), "a\\b", "NUL"}) {
            String name = ReportFiles.fileName(id);
            assertThat(name).as(id).matches("audit-[A-Za-z0-9._-]+\\.xlsx").doesNotContain("..").hasSizeLessThan(110);
            assertThat(ReportFiles.path(folder, id).getParent()).isEqualTo(folder);
        }
        assertThat(ReportFiles.fileName("CON")).isNotEqualToIgnoringCase("audit-CON.xlsx");
        assertThat(ReportFiles.fileName("a/b")).isNotEqualTo(ReportFiles.fileName("a_b")).isNotEqualTo(ReportFiles.fileName("a:b"));
        assertThat(ReportFiles.fileName("x".repeat(300))).isNotEqualTo(ReportFiles.fileName("x".repeat(299)));
    }

    @Test
    void masksCustomerContactData() {
        assertThat(Masking.mask("mail naar jan.jansen@example.nl of bel 06-12345678"))
                .isEqualTo("mail naar j***@example.nl of bel 06-****5678");
        assertThat(Masking.mask("+31 6 1234 5678")).isEqualTo("+31 *****5678");
        assertThat(Masking.mask("order 1144556627 and 402-1234567-7654321 on 12-03-2026")).isEqualTo(
                "order 1144556627 and 402-1234567-7654321 on 12-03-2026");
    }
}
