package nl.commsaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook is written without temporary files while its sheets are small: the streamed rows stay in
 * memory ({@link DeferredSheetDataWriter}) and so does the package SXSSF copies them into; a sheet past
 * the limit goes to a temporary file, which is gone afterwards.
 */
class WorkbookTemporaryFilesTest {

    @TempDir
    Path temp;

    /** The temporary files POI made (SXSSF's own sheets and template go through its TempFile). */
    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void recordPoisTemporaryFiles() {
        DefaultTempFileCreationStrategy files = new DefaultTempFileCreationStrategy();
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                made.add(prefix + "*" + suffix);
                return files.createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                made.add(prefix);
                return files.createTempDirectory(prefix);
            }
        });
    }

    @AfterEach
    void restore() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    /** The sheet files of this JVM that passed the limit. */
    private static List<Path> spilled() throws IOException {
        try (Stream<Path> files = Files.list(DeferredSheetDataWriter.folder())) {
            return files.toList();
        }
    }

    /** Writes {@code rows} rows on a streamed sheet (a window of 10 rows); the sizes of the sheet files seen before saving. */
    private List<Long> write(Path target, int rows) throws IOException {
        List<Long> seen = new ArrayList<>();
        Workbooks.save(Workbooks.streaming(new XSSFWorkbook(), 10), target, LocalDate.of(2026, 11, 20), (workbook, cells) -> {
            cells.text(workbook.getXSSFWorkbook().createSheet("Summary").createRow(0), 0, "Comms Audit");
            Sheet sheet = workbook.createSheet("Findings");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                cells.text(row, 0, "row " + r);
                cells.text(row, 1, "Bedankt voor uw bestelling, het pakket is vandaag verzonden met PostNL.");
            }
            for (Path file : spilled()) {
                seen.add(Files.size(file));
            }
        });
        return seen;
    }

    private static void assertRows(Path file, int rows) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Comms Audit");
            Sheet sheet = workbook.getSheet("Findings");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows - 1);
            for (int r : new int[] {0, rows / 2, rows - 1}) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("row " + r);
            }
        }
    }

    @Test
    void aWorkbookOfSmallSheetsIsWrittenWithoutTemporaryFiles() throws IOException {
        Path target = temp.resolve("small.xlsx");
        assertThat(write(target, 500)).isEmpty();
        assertThat(made).isEmpty();
        assertRows(target, 500);
    }

    @Test
    void aSheetPastTheLimitGoesToATemporaryFileThatIsDeletedAfterwards() throws IOException {
        // some 150 bytes of XML a row: 10,000 rows are past the limit of 1 MB
        Path target = temp.resolve("large.xlsx");
        assertThat(write(target, 10_000)).singleElement()
                .satisfies(size -> assertThat(size).isGreaterThan(DeferredSheetDataWriter.LIMIT));
        assertThat(made).isEmpty();
        assertRows(target, 10_000);
        assertThat(spilled()).isEmpty();
        // in a folder of the JVM's own that only its owner can enter
        assertThat(Files.getPosixFilePermissions(DeferredSheetDataWriter.folder()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void theFolderOfAKilledJvmIsRemovedByTheNextAndNothingElse() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        long dead = ended.pid();
        org.junit.jupiter.api.Assumptions.assumeTrue(ProcessHandle.of(dead).isEmpty(), "the process id is taken again");
        String prefix = DeferredSheetDataWriter.PREFIX;
        Path killed = Files.createDirectory(temp.resolve(prefix + dead + "-1234"));
        Files.writeString(killed.resolve("sheet-7.xml"), "<row r=\"1\"/>");
        Path killedEmpty = Files.createDirectory(temp.resolve(prefix + dead + "-5678"));
        Path running = Files.createDirectory(temp.resolve(prefix + ProcessHandle.current().pid() + "-1"));
        Path other = Files.createDirectory(temp.resolve(prefix + dead + "-2"));
        Files.writeString(other.resolve("notes.txt"), "not a sheet");
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("sheet-1.xml"), "<row r=\"1\"/>");
        Path link = Files.createSymbolicLink(temp.resolve(prefix + dead + "-3"), elsewhere);

        DeferredSheetDataWriter.removeStale(temp, Files.getOwner(temp));

        assertThat(killed).doesNotExist();
        assertThat(killedEmpty).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(other.resolve("notes.txt")).exists();
        assertThat(link).isSymbolicLink();
        assertThat(elsewhere.resolve("sheet-1.xml")).exists();
    }
}
