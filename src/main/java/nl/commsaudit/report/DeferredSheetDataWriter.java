package nl.commsaudit.report;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The rows an SXSSF sheet streams out, kept in memory up to a limit and only then written to a
 * temporary file. SXSSF's own writer creates a temporary file for every sheet, and a seller's workbook
 * has four streamed sheets: creating and deleting 20,000 files was about a tenth of the workbook step
 * on a night of 5,000 sellers (JFR native samples of a 1,000,000-message run), while most of those
 * sheets hold a few kilobytes. A sheet past the limit (one very large seller) goes to the file as before,
 * so memory stays bounded: {@link #LIMIT} per sheet, four sheets per workbook, one workbook per thread.
 *
 * <p>commons-io's {@link DeferredFileOutputStream} does the switching. The file's name is chosen but
 * the file is not created unless the limit is passed; SXSSF's dispose deletes it by that name either way.
 */
final class DeferredSheetDataWriter extends SheetDataWriter {

    /** Bytes of a sheet's rows kept in memory (some 5,000 rows of the Findings sheet). */
    static final int LIMIT = 1 << 20;

    private static final AtomicLong SHEETS = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    /** Set in {@link #createWriter}, which the constructor of SheetDataWriter calls. */
    private DeferredFileOutputStream rows;

    DeferredSheetDataWriter() throws IOException {
        super();
    }

    /** A name for the file, should the sheet pass the limit: unique within the JVM and among JVMs. */
    @Override
    public File createTempFile() {
        return new File(System.getProperty("java.io.tmpdir"),
                "comms-audit-sheet-" + PID + "-" + SHEETS.incrementAndGet() + ".xml");
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
