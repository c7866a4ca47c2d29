package nl.commsaudit.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the records of one export file ({@link ExportFiles#records}), one {@link SourceRow} at a time,
 * with the physical line each record starts on. Restartable: Spring Batch stores the number of records read
 * at every commit and this reader skips that many on a restart.
 *
 * <p>The file is parsed on a thread of its own, a bounded number of records ahead of the step
 * ({@link ReadAhead}), so that parsing overlaps with judging and staging; the step still receives the
 * records one by one, in file order, and counts them for restarts as before.
 *
 * <p>A missing optional file reads as empty. A record that breaks the CSV dialect (characters after a
 * closing quote, a quote still open at the end of the file) is returned once as an unreadable row, after
 * which the parser cannot go on and the file ends.
 */
public class ExportCsvReader extends AbstractItemCountingItemStreamItemReader<SourceRow> implements ExportReader {

    private final ExportTable table;
    private final Path file;

    private CsvReader<CsvRecord> parser;
    private Iterator<CsvRecord> records;
    private CsvHeader header;
    /** The last record read (the header first): where the next one starts, should that one fail. */
    private CsvRecord last;
    private boolean broken;
    private ReadAhead<SourceRow> readAhead;
    private AheadListener aheadListener;
    private Telling telling;
    /** Rows a restart skips over: they are not told to the {@link AheadListener}. */
    private long skipped;
    private final RowsRead rowsRead;

    /**
     * Records parsed ahead of the step: about a chunk, so that the judging of the next chunk's first
     * messages can go on while the step commits the last one; some MB even of 20 KB e-mails.
     */
    private static final int READ_AHEAD = 1024;

    public ExportCsvReader(ExportTable table, Path folder) {
        this.table = table;
        this.file = folder.resolve(table.fileName());
        setName("csv-" + table.sourceTable());
        this.rowsRead = new RowsRead(getExecutionContextKey("rows"));
    }

    @Override
    public ExportTable table() {
        return table;
    }

    /** Rows returned so far, including those skipped over on a restart. */
    @Override
    public long rowsRead() {
        return rowsRead.get();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        super.open(executionContext);
        rowsRead.restore(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        rowsRead.save(executionContext);
    }

    @Override
    protected void doOpen() throws Exception {
        broken = false;
        if (!Files.exists(file)) {
            if (table.requiredFile()) {
                throw new UnusableExportException("required file missing: " + file.toAbsolutePath());
            }
            return;
        }
        parser = ExportFiles.records(file);
        records = parser.iterator();
        if (!records.hasNext()) {
            records = null;
            return;
        }
        last = records.next();
        header = CsvHeader.of(table, last.getFields(), file.toAbsolutePath().toString());
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
        if (row != null) {
            rowsRead.row();
        }
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
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | CsvParseException e) {
                broken = true;
                return new SourceRow(table, lineAfter(last), List.of(), new String[table.columns().size()],
                        "unreadable CSV from this line to the end of the file: " + RootCause.firstLine(e));
            }
            last = record;
            long line = record.getStartingLineNumber();
            List<String> fields = record.getFields();
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

    /**
     * The line the record after {@code record} starts on: its own line plus the line breaks inside its
     * quoted fields (CRLF, LF or CR, each one line, as the parser counts them). Empty lines are records
     * too, so nothing lies between the two.
     */
    static long lineAfter(CsvRecord record) {
        long line = record.getStartingLineNumber() + 1;
        for (String field : record.getFields()) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n')) {
                    line++;
                }
            }
        }
        return line;
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
        parser = null;
        records = null;
        last = null;
    }
}
