package nl.commsaudit.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Opening export files: the CSV dialect of export-format.md, and the checks that run before the job starts. */
public final class ExportFiles {

    /** RFC 4180, LF or CRLF; empty lines are kept so that line numbers stay exact (they are skipped later). */
    static final CSVFormat DIALECT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private ExportFiles() {
    }

    /** A UTF-8 reader that drops a leading byte order mark. */
    static Reader open(Path file) throws IOException {
        PushbackReader reader = new PushbackReader(new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16));
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * Checks what would make the whole audit impossible, so that the job stops before it starts with
     * one clear line: the folder, the required {@code sellers.csv}, each present file's readability
     * and required header columns.
     *
     * @throws UnusableExportException saying what and where
     */
    public static void check(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UnusableExportException("input folder not found: " + folder.toAbsolutePath());
        }
        for (ExportTable table : ExportTable.values()) {
            Path file = folder.resolve(table.fileName());
            if (!Files.exists(file)) {
                if (table.requiredFile()) {
                    throw new UnusableExportException("required file missing: " + file.toAbsolutePath());
                }
                continue;
            }
            readHeader(table, file);
        }
    }

    /** Reads and checks the header of one file; an empty optional file has no header and no rows. */
    static CsvHeader readHeader(ExportTable table, Path file) {
        try (Reader reader = open(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(DIALECT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                if (table.requiredFile()) {
                    throw new UnusableExportException(file.toAbsolutePath() + ": file is empty, a header row is required");
                }
                return null;
            }
            return CsvHeader.of(table, fields(records.next()), file.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableExportException unusable) {
                throw unusable;
            }
            throw new UnusableExportException(file.toAbsolutePath() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static List<String> fields(CSVRecord record) {
        List<String> fields = new ArrayList<>(record.size());
        for (String value : record) {
            fields.add(value);
        }
        return fields;
    }
}
