package nl.commsaudit.ingest;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.RowMapper;

/**
 * Streams one table of a database export with Spring Batch's cursor reader, ordered by the table's id
 * so that a restart (which skips the rows read before the last commit) resumes at the same row.
 *
 * <p>Each value is turned into the text the CSV contract would hold ({@code timestamp with time zone}
 * as ISO-8601 with offset, {@code timestamp} without zone as local time, dates as YYYY-MM-DD), so that
 * {@link RowValidator} checks database rows exactly as CSV records: a text column holding "yesterday"
 * where a timestamp belongs is rejected the same way. A rejected row is named by its primary key.
 */
final class DatabaseTableReader extends JdbcCursorItemReader<SourceRow> implements ExportReader {

    private enum Kind { TEXT, TIMESTAMP_TZ, TIMESTAMP_LOCAL, DATE, BOOLEAN }

    private final ExportTable table;
    private final RowsRead rowsRead;

    DatabaseTableReader(ExportTable table, DataSource dataSource, String sql, List<Column> selected, int fetchSize) {
        super(dataSource, sql, new Converter(table, selected));
        this.table = table;
        setName("db-" + table.sourceTable());
        this.rowsRead = new RowsRead(getExecutionContextKey("rows"));
        setFetchSize(fetchSize);
        // PostgreSQL streams a result set only outside auto-commit; otherwise it would load the whole table.
        setConnectionAutoCommit(false);
    }

    @Override
    public ExportTable table() {
        return table;
    }

    @Override
    public long rowsRead() {
        return rowsRead.get();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        super.open(executionContext);
        rowsRead.restore(executionContext); // the cursor jumps over the rows of the checkpoint without reading them
    }

    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        rowsRead.save(executionContext);
    }

    /** The reader of a table the database does not have: like a missing optional CSV file, it has no rows. */
    static ExportReader absent(ExportTable table) {
        return new ExportReader() {
            @Override
            public ExportTable table() {
                return table;
            }

            @Override
            public long rowsRead() {
                return 0;
            }

            @Override
            public SourceRow read() {
                return null;
            }
        };
    }

    @Override
    protected SourceRow doRead() throws Exception {
        SourceRow row = super.doRead();
        if (row != null) {
            rowsRead.row();
        }
        return row;
    }

    /** Turns a database row into the contract's text values. */
    private static final class Converter implements RowMapper<SourceRow> {

        private final ExportTable table;
        private final List<Column> selected;
        private final int[] contractIndex;
        private Kind[] kinds;

        Converter(ExportTable table, List<Column> selected) {
            this.table = table;
            this.selected = selected;
            this.contractIndex = selected.stream().mapToInt(c -> table.indexOf(c.name())).toArray();
        }

        @Override
        public SourceRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            if (kinds == null) {
                kinds = kinds(rs.getMetaData());
            }
            String[] values = new String[table.columns().size()];
            String error = null;
            for (int i = 0; i < selected.size(); i++) {
                try {
                    values[contractIndex[i]] = text(rs, i + 1, kinds[i]);
                } catch (SQLException | RuntimeException e) {
                    error = error != null ? error : selected.get(i).name() + " cannot be read: " + e.getMessage();
                }
            }
            List<String> fields = new ArrayList<>(values.length);
            for (String value : values) {
                fields.add(value == null ? "" : value);
            }
            String id = values[0];
            String key = table.idColumn().name() + "=" + (id == null ? "(none, row " + (rowNum + 1) + ")" : id);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && values[i].isEmpty()) {
                    values[i] = null;
                }
            }
            return new SourceRow(table, rowNum, fields, values, error, key);
        }

        private static String text(ResultSet rs, int index, Kind kind) throws SQLException {
            switch (kind) {
                case TIMESTAMP_TZ -> {
                    OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                    return value == null ? null : value.toString();
                }
                case TIMESTAMP_LOCAL -> {
                    LocalDateTime value = rs.getObject(index, LocalDateTime.class);
                    return value == null ? null : value.toString();
                }
                case DATE -> {
                    LocalDate value = rs.getObject(index, LocalDate.class);
                    return value == null ? null : value.toString();
                }
                case BOOLEAN -> {
                    boolean value = rs.getBoolean(index);
                    return rs.wasNull() ? null : Boolean.toString(value);
                }
                default -> {
                    return rs.getString(index);
                }
            }
        }

        private static Kind[] kinds(ResultSetMetaData metaData) throws SQLException {
            Kind[] kinds = new Kind[metaData.getColumnCount()];
            for (int i = 0; i < kinds.length; i++) {
                int type = metaData.getColumnType(i + 1);
                String name = String.valueOf(metaData.getColumnTypeName(i + 1)).toLowerCase(Locale.ROOT);
                kinds[i] = switch (type) {
                    case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
                    // PostgreSQL reports timestamptz as TIMESTAMP with the type name "timestamptz"
                    case Types.TIMESTAMP -> name.contains("tz") || name.contains("with time zone")
                            ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP_LOCAL;
                    case Types.DATE -> Kind.DATE;
                    case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
                    default -> Kind.TEXT;
                };
            }
            return kinds;
        }
    }
}
