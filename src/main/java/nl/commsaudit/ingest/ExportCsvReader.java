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
    private AheadListener aheadListener;
    private Telling telling;
    /** Rows a restart skips over: they are not told to the {@link AheadListener}. */
    private long skipped;

    /**
     * Records parsed ahead of the step: about a chunk, so that the judging of the next chunk's first
     * messages can go on while the step commits the last one; some MB even of 20 KB e-mails.
     */
    private static final int READ_AHEAD = 1024;

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
        skipped = 0;
    }

    @Override
    public void tellAhead(AheadListener listener) {
        this.aheadListener = listener;
    }

    /** A restart: the rows already staged are read again but not told ahead. */
    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        skipped = itemIndex;
        super.jumpToItem(itemIndex);
    }

    @Override
    protected SourceRow doRead() {
        if (readAhead == null && records != null) {
            // started on the first read, once a restart has said how many rows it skips
            if (aheadListener != null) {
                telling = new Telling(aheadListener, skipped);
            }
            readAhead = new ReadAhead<>(table.sourceTable(), telling == null ? this::next : telling, READ_AHEAD);
        }
        SourceRow row = readAhead == null ? null : readAhead.next();
        exhausted = row == null;
        return row;
    }

    /**
     * {@link #next} for the reading thread, telling the listener of each row after the first
     * {@code skip}, and of the end or a failure.
     */
    private final class Telling implements java.util.function.Supplier<SourceRow> {

        private final AheadListener listener;
        private final long skip;
        private long count;
        /** Written by the reading thread, read by the step's after the reading thread stopped (close joins it). */
        private boolean ended;

        Telling(AheadListener listener, long skip) {
            this.listener = listener;
            this.skip = skip;
        }

        @Override
        public SourceRow get() {
            SourceRow row;
            try {
                row = next();
            } catch (RuntimeException e) {
                end();
                throw e;
            }
            if (row == null) {
                end();
            } else if (count++ >= skip) {
                listener.read(row);
            }
            return row;
        }

        void end() {
            if (!ended) {
                ended = true;
                listener.ended();
            }
        }
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
        if (telling != null) {
            telling.end(); // the reading thread has stopped: a row told ahead will not be waited for
            telling = null;
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
