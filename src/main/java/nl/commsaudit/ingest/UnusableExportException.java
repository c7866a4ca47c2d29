package nl.commsaudit.ingest;

/** The export as a whole cannot be audited: a missing folder or required file, a file without its required columns. */
public class UnusableExportException extends RuntimeException {

    public UnusableExportException(String message) {
        super(message);
    }

    public UnusableExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
