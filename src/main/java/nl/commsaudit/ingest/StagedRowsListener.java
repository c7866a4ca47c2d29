package nl.commsaudit.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Told by {@link StagingWriter} of the rows it is about to stage (valid, not a duplicate, of a known
 * seller), values and all, before it inserts them, in the chunk's transaction. This is where the
 * streaming pass judges what is not copied into the database, such as message bodies; the judging may
 * go on on other threads while the rows are inserted, and is finished, in the same transaction, once
 * they are.
 */
@FunctionalInterface
public interface StagedRowsListener {

    /** The rows about to be inserted; what is returned is told how the insert went. */
    Staging staging(long runId, List<StageItem.Valid> rows);

    /**
     * Columns of the staging table that this listener fills in, from what it worked out in
     * {@link #staging} ({@link Staging#bind}); none unless it says so.
     */
    default List<String> addedColumns() {
        return List.of();
    }

    /** The listener's work on one chunk's rows. */
    interface Staging {

        /** Nothing to finish. */
        Staging NONE = new Staging() {
            @Override
            public void staged() {
            }

            @Override
            public void abandoned() {
            }
        };

        /**
         * Sets the {@link #addedColumns()} of the {@code row}-th row of the chunk in the insert, from
         * parameter {@code first} on.
         */
        default void bind(int row, PreparedStatement insert, int first) throws SQLException {
        }

        /** The rows are in the staging table: finish (still in the chunk's transaction). */
        void staged();

        /** The insert failed: stop, and return when nothing of the work is under way any more. */
        void abandoned();
    }
}
