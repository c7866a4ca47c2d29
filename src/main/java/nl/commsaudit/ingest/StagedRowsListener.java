package nl.commsaudit.ingest;

import java.util.List;

/**
 * Called by {@link StagingWriter} in the chunk's transaction with the rows it just staged (valid, not
 * a duplicate, of a known seller), values and all. This is where the streaming pass judges what is not
 * copied into the database, such as message bodies.
 */
@FunctionalInterface
public interface StagedRowsListener {

    void staged(long runId, List<StageItem.Valid> rows);
}
