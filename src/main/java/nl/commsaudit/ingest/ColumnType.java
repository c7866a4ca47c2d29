package nl.commsaudit.ingest;

/** The value types of export-format.md. */
public enum ColumnType {
    /** Free text, kept exactly as written (ids may contain any character, so nothing is trimmed). */
    TEXT,
    /** ISO-8601 timestamp with an offset, or without one meaning Europe/Amsterdam local time. */
    TIMESTAMP,
    /** {@code YYYY-MM-DD}. */
    DATE,
    /** A whole number within the column's bounds. */
    INTEGER,
    /** {@code true}/{@code false}, case-insensitive. */
    BOOLEAN,
    /** One of a fixed set of codes, case-insensitive, stored upper- or lower-case as the contract writes them. */
    CODE
}
