package nl.commsaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A streamed sheet's rows: in memory while small, in a temporary file past the limit, gone afterwards. */
class DeferredSheetDataWriterTest {

    @TempDir
    Path temp;

    /** The temporary sheet files of this JVM, and any of SXSSF's own (which it makes for every sheet). */
    private static List<Path> sheetFiles() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> found = new java.util.ArrayList<>(files(temp, "comms-audit-sheet-" + ProcessHandle.current().pid() + "-"));
        found.addAll(files(temp.resolve("poifiles"), "poi-sxssf-sheet"));
        return found;
    }

    private static List<Path> files(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Writes {@code rows} rows of text on one sheet, streamed with a window of 10 rows; the sizes of the files seen before saving. */
    private List<Long> write(Path target, int rows) throws IOException {
        List<Path> before = sheetFiles(); // left behind by other runs
        List<Long> seen = new java.util.ArrayList<>();
        Workbooks.save(Workbooks.streaming(null, 10), target, LocalDate.of(2026, 11, 20), (workbook, cells) -> {
            Sheet sheet = workbook.createSheet("Findings");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                cells.text(row, 0, "row " + r);
                cells.text(row, 1, "Bedankt voor uw bestelling, het pakket is vandaag verzonden met PostNL.");
            }
            for (Path file : sheetFiles()) {
                if (!before.contains(file)) {
                    seen.add(Files.size(file));
                }
            }
        });
        return seen;
    }

    private static void assertRows(Path file, int rows) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Findings");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows - 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("row 0");
            assertThat(sheet.getRow(rows / 2).getCell(0).getStringCellValue()).isEqualTo("row " + rows / 2);
            assertThat(sheet.getRow(rows - 1).getCell(0).getStringCellValue()).isEqualTo("row " + (rows - 1));
        }
    }

    @Test
    void aSmallSheetStaysInMemory() throws IOException {
        Path target = temp.resolve("small.xlsx");
        assertThat(write(target, 500)).isEmpty();
        assertRows(target, 500);
    }

    @Test
    void aSheetPastTheLimitGoesToATemporaryFileThatIsDeletedAfterwards() throws IOException {
        // some 150 bytes of XML a row: 10,000 rows are past the limit of 1 MB
        Path target = temp.resolve("large.xlsx");
        assertThat(write(target, 10_000)).singleElement().satisfies(size -> assertThat(size).isGreaterThan(DeferredSheetDataWriter.LIMIT));
        assertRows(target, 10_000);
        assertThat(files(Path.of(System.getProperty("java.io.tmpdir")), "comms-audit-sheet-" + ProcessHandle.current().pid() + "-"))
                .isEmpty();
    }
}
