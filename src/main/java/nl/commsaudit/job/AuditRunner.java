package nl.commsaudit.job;

/** Runs one audit to its end (blocking) and says how it went. Never throws for a failed audit. */
public interface AuditRunner {

    AuditOutcome run(AuditRequest request);
}
