package nl.commsaudit.ingest;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the records of one export file with Commons CSV, one {@link SourceRow} at a time, remembering
 * the physical line each record starts on. Restartable: Spring Batch stores the number of records read
 * at every commit and this reader skips that many on a restart.
 *
 * <p>The file is parsed on a thread of its own, a bounded number of records ahead of the step
 * ({@link ReadAhead}), so that parsing overlaps with judging and staging; the step still receives the
 * records one by one, in file order, and counts them for restarts as before.
 *
 * <p>A missing optional file reads as empty. A record that breaks the CSV dialect (an unterminated
 * quote) is returned once as an unreadable row, after which the parser cannot go on and the file ends.
 */
public class ExportCsvReader extends AbstractItemCountingItemStreamItemReader<SourceRow> implements ExportReader {

    private final ExportTable table;
    private final Path file;

    private Reader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private CsvHeader header;
    private long linesConsumed;
    private boolean broken;
    private boolean exhausted;
    private ReadAhead<SourceRow> readAhead;

    /** Records parsed ahead of the step: a few chunks, a few MB even of 20 KB e-mails. */
    private static final int READ_AHEAD = 256;

    public ExportCsvReader(ExportTable table, Path folder) {
        this.table = table;
        this.file = folder.resolve(table.fileName());
        setName("csv-" + table.sourceTable());
    }

    @Override
    public ExportTable table() {
        return table;
    }

    /**
     * Rows returned so far, including those skipped over on a restart. (The counting base class also
     * counts the final read that found the end of the file.)
     */
    @Override
    public long rowsRead() {
        return getCurrentItemCount() - (exhausted ? 1 : 0);
    }

    @Override
    protected void doOpen() throws Exception {
        broken = false;
        exhausted = false;
        if (!Files.exists(file)) {
            if (table.requiredFile()) {
                throw new UnusableExportException("required file missing: " + file.toAbsolutePath());
            }
            return;
        }
        reader = ExportFiles.open(file);
        parser = CSVParser.builder().setReader(reader).setFormat(ExportFiles.DIALECT).get();
        records = parser.iterator();
        if (!records.hasNext()) {
            records = null;
            return;
        }
        header = CsvHeader.of(table, ExportFiles.fields(records.next()), file.toAbsolutePath().toString());
        linesConsumed = parser.getCurrentLineNumber();
        readAhead = new ReadAhead<>(table.sourceTable(), this::next, READ_AHEAD);
    }

    @Override
    protected SourceRow doRead() {
        SourceRow row = readAhead == null ? null : readAhead.next();
        exhausted = row == null;
        return row;
    }

    private SourceRow next() {
        while (records != null && !broken) {
            long line = linesConsumed + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                broken = true;
                return new SourceRow(table, line, List.of(), new String[table.columns().size()],
                        "unreadable CSV from this line to the end of the file: " + RootCause.firstLine(e));
            }
            linesConsumed = parser.getCurrentLineNumber();
            List<String> fields = ExportFiles.fields(record);
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue; // an empty line is not a row
            }
            if (fields.size() != header.width()) {
                return new SourceRow(table, line, fields, header.values(fields),
                        "has " + fields.size() + " fields, the header has " + header.width());
            }
            return new SourceRow(table, line, fields, header.values(fields), null);
        }
        return null;
    }

    @Override
    protected void doClose() throws Exception {
        if (readAhead != null) {
            readAhead.close();
            readAhead = null;
        }
        if (parser != null) {
            parser.close();
        }
        if (reader != null) {
            reader.close();
        }
        parser = null;
        reader = null;
        records = null;
    }
}
