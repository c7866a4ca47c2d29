package nl.commsaudit.report;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The rows an SXSSF sheet streams out, kept in memory up to a limit and only then written to a
 * temporary file. SXSSF's own writer creates a temporary file for every sheet, and a seller's workbook
 * has four streamed sheets: on a night of 5,000 sellers, creating and deleting those 20,000 files (and
 * SXSSF's package file per workbook, see {@link Workbooks}) took some 8% of the workbook threads' time
 * (JFR native samples of a 1,000,000-message run), while most of those sheets hold a few kilobytes. A
 * sheet past the limit (one very large seller) goes to its file as before, so memory stays bounded:
 * {@link #LIMIT} per sheet, four sheets per workbook, one workbook per thread.
 *
 * <p>commons-io's {@link DeferredFileOutputStream} does the switching. The file's name is chosen but
 * the file is not created unless the limit is passed; SXSSF's dispose deletes it by that name either way.
 * The names are numbered, so they live in a folder of this JVM's own (made once, with a random name
 * and the owner's rights only, as {@link Files#createTempDirectory} makes it), not in the shared
 * temporary folder where another user could have put a link under a name known in advance.
 */
final class DeferredSheetDataWriter extends SheetDataWriter {

    /** Bytes of a sheet's rows kept in memory (some 1,300 rows of the Findings sheet, about 800 bytes of XML each). */
    static final int LIMIT = 1 << 20;

    private static final AtomicLong SHEETS = new AtomicLong();

    /** The folder of this JVM's sheet files, made on first use and removed at exit if empty. */
    private static final class Folder {
        static final Path PATH = create();

        private static Path create() {
            try {
                Path folder = Files.createTempDirectory("comms-audit-sheets-");
                folder.toFile().deleteOnExit();
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for temporary sheet files", e);
            }
        }
    }

    /** Set in {@link #createWriter}, which the constructor of SheetDataWriter calls. */
    private DeferredFileOutputStream rows;

    DeferredSheetDataWriter() throws IOException {
        super();
    }

    /** A name for the file, should the sheet pass the limit. */
    @Override
    public File createTempFile() {
        return folder().resolve("sheet-" + SHEETS.incrementAndGet() + ".xml").toFile();
    }

    static Path folder() {
        return Folder.PATH;
    }

    @Override
    public Writer createWriter(File file) {
        rows = DeferredFileOutputStream.builder().setThreshold(LIMIT).setOutputFile(file).get();
        return new BufferedWriter(new OutputStreamWriter(rows, StandardCharsets.UTF_8));
    }

    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        return rows.toInputStream(); // SXSSF closes the writer first
    }
}
