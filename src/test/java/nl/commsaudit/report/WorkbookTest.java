package nl.commsaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.commsaudit.AuditEndToEndTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbooks of the sample night, read back with POI. */
class WorkbookTest {

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void audit() {
        out = temp.resolve("2026-11-20");
        assertThat(AuditEndToEndTest.run("--input=input-samples", "--output=" + out, "--as-of=2026-11-20").exitCode()).isZero();
    }

    private static XSSFWorkbook open(String sellerId) throws Exception {
        try (InputStream in = Files.newInputStream(ReportFiles.path(out, sellerId))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        Row row = sheet.getRow(index);
        row.forEach(cell -> values.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue()));
        return values;
    }

    @Test
    void oneWorkbookPerSellerAndAnOverview() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx"))).hasSize(8)
                    .contains("overview.xlsx", "audit-bol-1001.xlsx", "audit-amz-A2XK9.xlsx")
                    .allMatch(n -> !n.startsWith("."));
        }
    }

    @Test
    void theSellerWorkbookHasItsSheetsFiguresAndCharts() throws Exception {
        try (XSSFWorkbook workbook = open("bol-1001")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Findings", "Reviews", "Cases", "Weekly", "Company");
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getDrawingPatriarch().getCharts()).extracting(chart -> chart.getTitleText().getString())
                    .containsExactly("Customer questions answered on time per week (%)", "Findings per week");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("bol-1001");
            assertThat(summary.getRow(5).getCell(1).getStringCellValue()).isEqualTo("bol-1002"); // the company's other account

            Sheet findings = workbook.getSheet("Findings");
            assertThat(row(findings, 0)).containsExactly("Date", "Rule", "Title", "Severity", "Entity", "Id", "Order", "Evidence", "Policy");
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getRow(1).getCell(3).getStringCellValue()).isEqualTo("HIGH"); // sorted by severity first
            assertThat(findings.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC); // a real date
            assertThat(findings.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            String lastSeverity = findings.getRow(findings.getLastRowNum()).getCell(3).getStringCellValue();
            assertThat(lastSeverity).isIn("MEDIUM", "LOW");
            // the order of the finding's message or review (input-samples); a week has none
            Map<String, String> orders = new HashMap<>();
            for (Row r : findings) {
                orders.put(r.getCell(5).getStringCellValue(), r.getCell(6) == null ? "" : r.getCell(6).getStringCellValue());
            }
            assertThat(orders).containsEntry("M0004", "1144556613").containsEntry("R-1001-08", "1144556626")
                    .containsEntry("bol-1001:2026-W45", "");

            // evidence masks the customer's e-mail address and phone number
            Sheet reviews = workbook.getSheet("Reviews");
            boolean sawMasked = false;
            for (Row r : reviews) {
                String text = r.getCell(6) == null ? "" : r.getCell(6).getStringCellValue();
                assertThat(text).doesNotContain("piet.janssen@gmail.com", "06-12345678");
                sawMasked |= text.contains("p***@gmail.com") && text.contains("06-****5678");
            }
            assertThat(sawMasked).isTrue();
            assertThat(row(workbook.getSheet("Cases"), 0)).contains("Working hours taken", "On time");
            assertThat(row(workbook.getSheet("Weekly"), 0)).contains("ISO week", "On time %");
        }
    }

    @Test
    void anAmazonAccountGetsNoEmptyOnTimeChart() throws Exception {
        try (XSSFWorkbook workbook = open("amz-A2XK9")) {
            assertThat(workbook.getSheet("Summary").getDrawingPatriarch().getCharts())
                    .as("Amazon accounts have no service norms: only the findings per week")
                    .extracting(chart -> chart.getTitleText().getString()).containsExactly("Findings per week");
        }
    }

    @Test
    void aSellerIdThatIsAFormulaStaysText() throws Exception {
        try (XSSFWorkbook workbook = open("=HYPERLINK(\"http://x.example\")/../../evil")) {
            var cell = workbook.getSheet("Summary").getRow(2).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        try (InputStream in = Files.newInputStream(out.resolve("overview.xlsx")); XSSFWorkbook overview = new XSSFWorkbook(in)) {
            Sheet sheet = overview.getSheet("Overview");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("bol-1001"); // most HIGH findings first
            assertThat(sheet.getRow(1).getCell(13).getHyperlink().getAddress()).isEqualTo("audit-bol-1001.xlsx");
            for (Row row : sheet) {
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            }
        }
    }
}
