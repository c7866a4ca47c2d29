package nl.commsaudit.ingest;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** A restartable reader of one table of the export, a CSV file or a database table. */
public interface ExportReader extends ItemStreamReader<SourceRow> {

    /** The table it reads. */
    ExportTable table();

    /** Rows returned so far, including those skipped over on a restart. */
    long rowsRead();

    /**
     * Tells {@code listener} of the rows this reader parses ahead of the step, if it reads ahead (a CSV
     * file does, on a thread of its own); a reader that does not read ahead tells nothing. Set before the
     * step opens the reader.
     */
    default void tellAhead(AheadListener listener) {
    }
}
