package nl.commsaudit.ingest;

/**
 * What an operator reads of a failure: the first line of the message of its root cause (a driver's or
 * parser's own words, not the layers of wrapping around them), or of an {@link UnusableExportException}
 * on the way down, which already says what is wrong with the export in the operator's terms.
 */
public final class RootCause {

    private RootCause() {
    }

    public static String firstLine(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof UnusableExportException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
