package nl.commsaudit.rules;

/** What a finding is about; with the entity id it names the row an analyst checks (export-format.md). */
public enum EntityType {
    MESSAGE,
    CASE,
    REVIEW,
    SELLER,
    /** A seller's ISO week; the id is {@code <seller_id>:<ISO week>}, e.g. {@code bol-1:2026-W10}. */
    WEEK
}
