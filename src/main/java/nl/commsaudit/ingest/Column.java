package nl.commsaudit.ingest;

import java.util.List;

/**
 * One column of the export contract.
 *
 * @param name     header name in the CSV file and column name in the database source
 * @param type     value type
 * @param required whether an empty value makes the row invalid
 * @param codes    the allowed values of a {@link ColumnType#CODE} column, as the contract spells them
 * @param min      lower bound of an {@link ColumnType#INTEGER} column
 * @param max      upper bound of an {@link ColumnType#INTEGER} column
 */
public record Column(String name, ColumnType type, boolean required, List<String> codes, long min, long max) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, List.of(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, List.of(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Column code(String name, boolean required, String... codes) {
        return new Column(name, ColumnType.CODE, required, List.of(codes), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Column integer(String name, boolean required, long min, long max) {
        return new Column(name, ColumnType.INTEGER, required, List.of(), min, max);
    }
}
