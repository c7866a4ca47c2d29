package nl.commsaudit.report;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, created once (not per row), and safe ways to fill cells: text is
 * always text — never a formula, with a quote prefix when it starts with {@code = + - @} — and is cut
 * at Excel's 32,767-character limit with a marker.
 */
final class Cells {

    static final int MAX_TEXT = 32_767;
    static final String CUT = " … [truncated]";

    final CellStyle header;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle wrap;
    /**
     * The workbook's default style, set on cells that need no other: written the same (no style
     * attribute), but a streamed cell without a style makes POI look up its column's style in the sheet's
     * XML for every cell, a third of the time of writing a small workbook.
     */
    private final CellStyle plain;
    final CellStyle date;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle title;
    final CellStyle high;
    final CellStyle medium;
    final CellStyle low;
    final CellStyle pass;
    final CellStyle fail;

    Cells(Workbook workbook) {
        plain = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        text = workbook.createCellStyle();
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        high = fill(workbook, IndexedColors.ROSE);
        medium = fill(workbook, IndexedColors.LIGHT_YELLOW);
        low = fill(workbook, IndexedColors.LIGHT_TURQUOISE);
        pass = fill(workbook, IndexedColors.LIGHT_GREEN);
        fail = fill(workbook, IndexedColors.ROSE);
    }

    private static CellStyle fill(Workbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    CellStyle severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "HIGH" -> high;
            case "MEDIUM" -> medium;
            default -> low;
        };
    }

    /** Text as text: cut at Excel's limit, quote-prefixed when it would look like a formula. */
    Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value == null) {
            return cell;
        }
        String safe = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - CUT.length()) + CUT : value;
        cell.setCellValue(safe);
        cell.setCellStyle(nl.commsaudit.output.SafeText.looksLikeFormula(safe) ? quoted : plain);
        return cell;
    }

    Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = text(row, column, value);
        if (cell.getCellStyle() != quoted) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    Cell number(Row row, int column, Number value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(number);
        }
        return cell;
    }

    Cell date(Row row, int column, LocalDateTime value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
        return cell;
    }

    void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(header);
        }
    }
}
