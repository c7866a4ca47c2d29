package nl.commsaudit.ingest;

/**
 * Told of the rows a reader parses ahead of its step, on the reading thread, in order, before the step
 * receives them: a step can start its CPU work on rows early, so that the cores stay busy while the
 * step's thread inserts and commits (the message pass judges message bodies this way). A row told here
 * may still be rejected by the step, and rows skipped over on a restart are not told.
 */
public interface AheadListener {

    /** The next row, parsed; the step will receive it later. */
    void read(SourceRow row);

    /**
     * No row follows: the source ended or failed, or the reader was closed. Called once, after the
     * last {@link #read}, and never at the same time as it.
     */
    void ended();
}
