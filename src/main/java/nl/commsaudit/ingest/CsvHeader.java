package nl.commsaudit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header of one export file: where each contract column stands. Header names are matched
 * after trimming and ignoring case; extra columns are ignored; column order is free.
 */
final class CsvHeader {

    private final int[] positions;
    private final int width;

    private CsvHeader(int[] positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    static CsvHeader of(ExportTable table, List<String> names, String where) {
        List<String> normalised = new ArrayList<>(names.size());
        for (String name : names) {
            normalised.add(name.strip().toLowerCase(Locale.ROOT));
        }
        List<Column> columns = table.columns();
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = normalised.indexOf(columns.get(i).name());
            if (positions[i] < 0 && columns.get(i).required()) {
                missing.add(columns.get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnusableExportException(where + ": missing required column(s) " + String.join(", ", missing)
                    + " in the header (found: " + String.join(", ", normalised) + ")");
        }
        return new CsvHeader(positions, names.size());
    }

    /** Number of fields in the header; a record with another count is malformed. */
    int width() {
        return width;
    }

    /** The contract's values of a record, in column order; empty and absent values are {@code null}. */
    String[] values(List<String> fields) {
        String[] values = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int at = positions[i];
            String value = at >= 0 && at < fields.size() ? fields.get(at) : null;
            values[i] = value == null || value.isEmpty() ? null : value;
        }
        return values;
    }
}
