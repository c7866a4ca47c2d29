package nl.commsaudit.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;

/** What validation makes of one input row: a row to stage, or a rejection for {@code rejected.csv}. */
public sealed interface StageItem permits StageItem.Valid, StageItem.Rejected {

    ExportTable table();

    long line();

    /** A database row's primary key as {@code column=value}; {@code null} for a CSV record. */
    String key();

    /**
     * A row that passed the checks that need no database.
     *
     * @param values typed values in {@link ExportTable#columns()} order: String, OffsetDateTime (UTC),
     *               LocalDate, Long, Boolean, or {@code null}
     * @param source the row as read, in case a later check (duplicate id, unknown seller) rejects it
     */
    record Valid(ExportTable table, long line, Object[] values, SourceRow source, String key) implements StageItem {

        /** The record as one CSV line, for {@code rejected.csv}: made only for the few rows rejected late. */
        public String raw() {
            return source.raw();
        }

        public Object value(String column) {
            return values[table.indexOf(column)];
        }

        /** A timestamp column's value (validated into an {@link OffsetDateTime}) as an instant, or null. */
        public Instant instant(String column) {
            Object value = value(column);
            return value == null ? null : ((OffsetDateTime) value).toInstant();
        }

        public String id() {
            return (String) values[0];
        }

        public String sellerId() {
            return (String) value("seller_id");
        }
    }

    /**
     * A row that goes to {@code rejected.csv}: file, line, reason and the raw record; for a database row
     * the table instead of the file and its primary key instead of the line.
     */
    record Rejected(ExportTable table, long line, String reason, String raw, String key) implements StageItem {

        public Rejected(ExportTable table, long line, String reason, String raw) {
            this(table, line, reason, raw, null);
        }

        /** The CSV file name, or the database table name. */
        public String file() {
            return key == null ? table.fileName() : table.sourceTable();
        }
    }
}
