package nl.commsaudit.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks one row against the contract (required values, types, codes, ranges and the few rules that
 * tie two columns together) and types its values. Checks that need other rows (duplicate ids,
 * unknown sellers) are done by {@link StagingWriter} per chunk.
 */
public class RowValidator implements ItemProcessor<SourceRow, StageItem> {

    @Override
    public StageItem process(SourceRow row) {
        if (row.error() != null) {
            return new StageItem.Rejected(row.table(), row.line(), row.error(), row.raw(), row.key());
        }
        List<Column> columns = row.table().columns();
        Object[] typed = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String text = row.values()[i];
            if (text == null || text.isEmpty() || (column.type() != ColumnType.TEXT && text.isBlank())) {
                if (column.required()) {
                    return reject(row, "missing required value for " + column.name());
                }
                continue;
            }
            try {
                typed[i] = convert(column, text);
            } catch (InvalidValue e) {
                return reject(row, column.name() + " " + e.getMessage());
            }
        }
        String crossCheck = crossCheck(row.table(), typed);
        if (crossCheck != null) {
            return reject(row, crossCheck);
        }
        normalise(row.table(), typed);
        return new StageItem.Valid(row.table(), row.line(), typed, row, row.key());
    }

    private static StageItem reject(SourceRow row, String reason) {
        return new StageItem.Rejected(row.table(), row.line(), reason, row.raw(), row.key());
    }

    static Object convert(Column column, String text) {
        String value = text.strip();
        return switch (column.type()) {
            case TEXT -> text;
            case TIMESTAMP -> {
                try {
                    yield Timestamps.parse(value);
                } catch (DateTimeParseException e) {
                    throw new InvalidValue("is not an ISO-8601 timestamp: '" + shorten(text) + "'");
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new InvalidValue("is not a date YYYY-MM-DD: '" + shorten(text) + "'");
                }
            }
            case INTEGER -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new InvalidValue("is not a whole number: '" + shorten(text) + "'");
                }
                if (number < column.min() || number > column.max()) {
                    throw new InvalidValue("is " + number + ", outside " + column.min() + ".." + column.max());
                }
                yield number;
            }
            case BOOLEAN -> {
                if (value.equalsIgnoreCase("true")) {
                    yield Boolean.TRUE;
                }
                if (value.equalsIgnoreCase("false")) {
                    yield Boolean.FALSE;
                }
                throw new InvalidValue("is not true/false: '" + shorten(text) + "'");
            }
            case CODE -> {
                for (String code : column.codes()) {
                    if (code.equalsIgnoreCase(value)) {
                        yield code;
                    }
                }
                throw new InvalidValue("is '" + shorten(text) + "', expected one of " + String.join(", ", column.codes()));
            }
        };
    }

    private static String crossCheck(ExportTable table, Object[] typed) {
        if (table == ExportTable.CASES) {
            OffsetDateTime opened = (OffsetDateTime) typed[table.indexOf("opened_at")];
            OffsetDateTime response = (OffsetDateTime) typed[table.indexOf("first_response_at")];
            if (response != null && response.isBefore(opened)) {
                return "first_response_at " + response + " is before opened_at " + opened;
            }
        }
        return null;
    }

    /** Codes that the contract writes in lower case (ISO 639-1 languages) are compared in lower case. */
    private static void normalise(ExportTable table, Object[] typed) {
        if (table == ExportTable.ORDERS) {
            Object language = typed[table.indexOf("buyer_language")];
            if (language != null) {
                typed[table.indexOf("buyer_language")] = ((String) language).strip().toLowerCase(Locale.ROOT);
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A value that does not fit its column; the message completes "column_name ...". */
    static final class InvalidValue extends RuntimeException {
        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }
}
