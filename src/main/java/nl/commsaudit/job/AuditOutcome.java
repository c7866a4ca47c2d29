package nl.commsaudit.job;

/**
 * How a run ended.
 *
 * @param completed true when the audit completed, whatever it found
 * @param message   a one-line summary for the log, or the one-line reason it could not run
 */
public record AuditOutcome(boolean completed, String message) {

    public static AuditOutcome completed(String message) {
        return new AuditOutcome(true, message);
    }

    public static AuditOutcome failed(String message) {
        return new AuditOutcome(false, message);
    }
}
