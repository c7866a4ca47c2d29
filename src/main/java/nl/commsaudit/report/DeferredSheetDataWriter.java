package nl.commsaudit.report;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * temporary folder where another user could have put a link under a name known in advance. The folder
 * is removed at exit; a JVM that is killed cannot, so the next one removes the folders of processes
 * that no longer run (their names carry the process id).
 */
final class DeferredSheetDataWriter extends SheetDataWriter {

    /** Bytes of a sheet's rows kept in memory (some 1,300 rows of the Findings sheet, about 800 bytes of XML each). */
    static final int LIMIT = 1 << 20;

    private static final AtomicLong SHEETS = new AtomicLong();

    static final String PREFIX = "comms-audit-sheets-";
    /** A folder's name: the prefix, the process id, a dash and the random part. */
    private static final Pattern FOLDER = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-\\d+");
    private static final Pattern SHEET = Pattern.compile("sheet-\\d+\\.xml");

    /** The folder of this JVM's sheet files, made on first use and removed at exit if empty. */
    private static final class Folder {
        static final Path PATH = create();

        private static Path create() {
            try {
                Path temp = Path.of(System.getProperty("java.io.tmpdir"));
                Path folder = Files.createTempDirectory(temp, PREFIX + ProcessHandle.current().pid() + "-");
                folder.toFile().deleteOnExit();
                removeStale(temp, Files.getOwner(folder));
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for temporary sheet files", e);
            }
        }
    }

    /**
     * Removes the sheet folders in {@code temp} that a killed JVM left: a folder of {@code owner}, not a
     * link, named after a process that no longer runs, holding nothing but sheet files. Anything else is
     * left alone; a folder that cannot be removed stays (this is tidying, not a condition to run).
     */
    static void removeStale(Path temp, UserPrincipal owner) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path folder : folders) {
                Matcher name = FOLDER.matcher(folder.getFileName().toString());
                try {
                    if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()
                            && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                            && owner.equals(Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS))) {
                        removeSheets(folder);
                    }
                } catch (IOException e) {
                    // left as it is
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // tidying only
        }
    }

    private static void removeSheets(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.toList();
        }
        for (Path file : files) {
            if (!SHEET.matcher(file.getFileName().toString()).matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
        }
        for (Path file : files) {
            Files.delete(file);
        }
        Files.delete(folder);
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
