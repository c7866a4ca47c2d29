package nl.commsaudit.ingest;

/**
 * An opened export: a folder of CSV files or the tables of a database. It is checked before the job
 * starts and hands out one reader per table; {@link #close()} releases its connections.
 */
public interface Export extends AutoCloseable {

    /**
     * Checks what would make the whole audit impossible (a missing folder or database, a missing
     * sellers table, a missing required column), so that the job stops before it starts.
     *
     * @throws UnusableExportException with one line that says what and where
     */
    void check();

    /** A new restartable reader of one table. */
    ExportReader reader(ExportTable table);

    /** What this export is, for logs and the job's identity; never holds a password. */
    String describe();

    @Override
    void close();
}
