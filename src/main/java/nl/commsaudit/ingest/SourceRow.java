package nl.commsaudit.ingest;

import java.util.List;

/**
 * One row of the export as read, before validation: a record of a CSV file or a row of a database table.
 *
 * @param table  the table it belongs to
 * @param line   a CSV file's physical line the record starts on (the header is line 1); for a database
 *               table the row's position in the reader's {@code ORDER BY} of the id column
 * @param fields the fields as read (file order for CSV, contract order for a database), for {@code rejected.csv}
 * @param values the contract's columns in {@link ExportTable#columns()} order ({@code null} when empty or absent)
 * @param error  why the record could not be read at all, or {@code null}
 * @param key    for a database row, its primary key as {@code column=value} (what {@code rejected.csv} names
 *               instead of a line); {@code null} for a CSV record
 */
public record SourceRow(ExportTable table, long line, List<String> fields, String[] values, String error, String key) {

    /** A CSV record. */
    public SourceRow(ExportTable table, long line, List<String> fields, String[] values, String error) {
        this(table, line, fields, values, error, null);
    }

    /** The record as one CSV line again, for {@code rejected.csv}. */
    public String raw() {
        return CsvText.line(fields);
    }
}
