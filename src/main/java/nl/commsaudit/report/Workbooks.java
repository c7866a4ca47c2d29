package nl.commsaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.commsaudit.output.AtomicFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writing a streamed workbook safely: under a temporary name, moved into place, temp files removed. */
final class Workbooks {

    /** Fills a workbook. */
    @FunctionalInterface
    interface Content {
        void fill(SXSSFWorkbook workbook, Cells cells) throws IOException;
    }

    private Workbooks() {
    }

    static Path save(SXSSFWorkbook workbook, Path target, Content content) throws IOException {
        workbook.setCompressTempFiles(true);
        try (AtomicFile file = AtomicFile.create(target)) {
            content.fill(workbook, new Cells(workbook));
            try (OutputStream out = Files.newOutputStream(file.temporary())) {
                workbook.write(out);
            }
            file.commit();
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return target;
    }
}
