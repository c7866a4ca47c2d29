package nl.commsaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void textIsNeverAFormulaAndFitsExcelsLimit() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            Row row = workbook.createSheet("s").createRow(0);
            Cell formula = cells.text(row, 0, "=1+1");
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cells.text(row, 1, "@SUM(A1)").getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cells.text(row, 2, "gewoon").getCellStyle().getQuotePrefixed()).isFalse();
            String long_ = "x".repeat(40_000);
            String cut = cells.text(row, 3, long_).getStringCellValue();
            assertThat(cut).hasSize(Cells.MAX_TEXT).endsWith(Cells.CUT);
        }
    }
}
