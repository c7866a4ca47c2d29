package nl.commsaudit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** Formats fields back into one RFC 4180 line, quoting where the field needs it. */
final class CsvText {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private CsvText() {
    }

    static String line(List<String> fields) {
        try {
            StringBuilder out = new StringBuilder();
            FORMAT.printRecord(out, fields.toArray());
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
