package nl.commsaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.zip.Deflater;
import nl.commsaudit.output.AtomicFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writing a streamed workbook safely: under a temporary name, moved into place, temp files removed. */
final class Workbooks {

    /** Fills a workbook. */
    @FunctionalInterface
    interface Content {
        void fill(SXSSFWorkbook workbook, Cells cells) throws IOException;
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static {
        // POI asks javax.xml for a transformer at every save; without this property the JDK searches
        // every jar of the application for another implementation first (none is there), which was a
        // tenth of the time of writing thousands of small workbooks. The JDK's own is what it finds.
        String transformers = "javax.xml.transform.TransformerFactory";
        if (System.getProperty(transformers) == null) {
            System.setProperty(transformers, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }

    private Workbooks() {
    }

    /**
     * A streamed workbook (SXSSF, {@code window} rows in memory per sheet) whose file is deflated at
     * zlib's fastest level. Workbooks are written by the thousand, and deflating their sheets at the
     * default level was about a tenth of the workbook step's CPU (native samples of a 5,000-workbook
     * run); the fastest level gives the same content in somewhat larger files. The streamed rows stay in
     * memory up to a limit per sheet ({@link DeferredSheetDataWriter}) and are not gzipped when they go
     * to a temporary file past it: gzipping and re-reading them showed in the profile (zlib, about 6% of
     * the workbook step's samples), for disk space of about 0.5 KB a row while the workbook is written.
     *
     * @param base the workbook to stream on ({@code null}: an empty one)
     */
    static SXSSFWorkbook streaming(XSSFWorkbook base, int window) {
        return new SXSSFWorkbook(base, window) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }

            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new DeferredSheetDataWriter();
            }

            /**
             * As SXSSF's own write, which saves the in-memory part of the workbook (styles, the Summary
             * and Weekly sheets, the charts: small by design) to a temporary package, opens that as a
             * zip file and copies it into the file with the streamed sheets injected; here the temporary
             * package is a byte array instead of a file created and deleted for each workbook. The entries
             * come in the same order (the zip's central directory), so the file has the same bytes.
             */
            @Override
            public void write(OutputStream stream) throws IOException {
                flushSheets();
                UnsynchronizedByteArrayOutputStream template = UnsynchronizedByteArrayOutputStream.builder().get();
                getXSSFWorkbook().write(template);
                try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(template.toByteArray())).get();
                        ZipFileZipEntrySource source = new ZipFileZipEntrySource(zip)) {
                    injectData(source, stream);
                }
            }
        };
    }

    /**
     * @param asOf the audited day: the workbook's "created" property is the end of that day, not the
     *             wall clock, so that the same night audited again gives the same bytes
     */
    static Path save(SXSSFWorkbook workbook, Path target, LocalDate asOf, Content content) throws IOException {
        POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setCreated(Optional.of(Date.from(asOf.plusDays(1).atStartOfDay(AMSTERDAM).toInstant())));
        properties.setCreator("Comms Audit");
        try (AtomicFile file = AtomicFile.create(target)) {
            content.fill(workbook, new Cells(workbook));
            try (OutputStream out = Files.newOutputStream(file.temporary())) {
                workbook.write(out);
            }
            file.commit();
        } finally {
            workbook.dispose(); // closes the sheets' rows and deletes any temporary file
            // close() would save the in-memory package once more, to nowhere: revert discards it
            workbook.getXSSFWorkbook().getPackage().revert();
        }
        return target;
    }
}
