package nl.commsaudit.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** Opening export files: the CSV dialect of export-format.md, and the checks that run before the job starts. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * The records of an export file in the CSV dialect of export-format.md: RFC 4180, LF, CRLF or CR line
     * ends, UTF-8 with or without a byte order mark. Every record comes back with its fields as written
     * and the physical line it starts on; the field count is left to the caller, which compares it with
     * the header's; an empty line is a record of one empty field (the caller skips it, and line numbers
     * stay exact). Characters after a closing quote ({@code "ab"c}), and the end of the file inside a
     * quoted field ({@link QuoteTrackingReader}), fail the record being read; so does a record of more
     * than 16 million characters (FastCSV's buffer limit; a quote left open in a large file ends so).
     *
     * <p>FastCSV rather than Commons CSV, which the project writes its CSV outputs with: on this machine it
     * parsed the 100,000-message export's messages.csv (430 MB) in 1.6-1.9 s against Commons CSV's 3.1-4.8
     * s; at a million messages Commons CSV's parsing was a sixth of the message pass's CPU.
     */
    static CsvReader<CsvRecord> records(Path file) throws IOException {
        return CsvReader.builder()
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .ofCsvRecord(new QuoteTrackingReader(open(file)));
    }

    /** A UTF-8 reader that drops a leading byte order mark. */
    private static Reader open(Path file) throws IOException {
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
        try (CsvReader<CsvRecord> parser = records(file)) {
            Iterator<CsvRecord> records = parser.iterator();
            if (!records.hasNext()) {
                if (table.requiredFile()) {
                    throw new UnusableExportException(file.toAbsolutePath() + ": file is empty, a header row is required");
                }
                return null;
            }
            return CsvHeader.of(table, records.next().getFields(), file.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableExportException unusable) {
                throw unusable;
            }
            throw new UnusableExportException(file.toAbsolutePath() + ": cannot be read: " + RootCause.firstLine(e), e);
        }
    }
}
