package nl.commsaudit.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The rows an {@link ExportReader} returned, restarts included, kept in the step's execution context
 * under a key of its own. The counting base classes' read count is no measure: it also counts the read
 * that found the end, and a last chunk shorter than the chunk size commits that read in its checkpoint.
 * A process killed after that commit but before the step completed is restarted from there: the reader
 * jumps over the end once and finds it once more, and read count minus one comes out one row too high,
 * failing the reconciliation of rows read with rows staged + rejected.
 */
final class RowsRead {

    private final String key;
    private long rows;

    /** {@code key}: the reader's own execution context key for the count. */
    RowsRead(String key) {
        this.key = key;
    }

    /** A row was returned (also while a restart jumps over the rows already staged). */
    void row() {
        rows++;
    }

    /** After the reader opened (and jumped to its checkpoint): the count of the checkpoint, or none. */
    void restore(ExecutionContext context) {
        rows = context.containsKey(key) ? context.getLong(key) : 0;
    }

    /** At a checkpoint. */
    void save(ExecutionContext context) {
        context.putLong(key, rows);
    }

    long get() {
        return rows;
    }
}
