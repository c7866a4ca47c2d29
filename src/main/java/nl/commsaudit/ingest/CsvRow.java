package nl.commsaudit.ingest;

import java.util.List;

/**
 * One record of an export file as read, before validation.
 *
 * @param table  the table it belongs to
 * @param line   the physical line the record starts on (the header is line 1)
 * @param fields the record's fields in file order
 * @param values the contract's columns in {@link ExportTable#columns()} order ({@code null} when empty or absent)
 * @param error  why the record could not be read at all, or {@code null}
 */
public record CsvRow(ExportTable table, long line, List<String> fields, String[] values, String error) {

    /** The record as one CSV line again, for {@code rejected.csv}. */
    public String raw() {
        return CsvText.line(fields);
    }
}
