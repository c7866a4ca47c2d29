package nl.commsaudit.ingest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.PropertyResolver;

/**
 * The six tables of export-format.md in a JDBC database (PostgreSQL is the reference). Tables and
 * columns are found through the driver's metadata in the connection's current schema; the queries are
 * fixed text made of the contract's names only ({@link ExportTable}), never of data. As with a folder,
 * {@code sellers} is required, the other tables may be absent, optional columns may be missing and
 * extra columns are ignored.
 *
 * <p>Credentials come from Spring's externalised configuration (environment variables, an
 * {@code application.properties} next to the jar, ...), never from the job definition or the command
 * line: {@code comms-audit.source.username}/{@code password} (env {@code COMMS_AUDIT_SOURCE_USERNAME},
 * {@code COMMS_AUDIT_SOURCE_PASSWORD}) for {@code --input=jdbc:...}; and
 * {@code comms-audit.datasources.NAME.url}/{@code username}/{@code password} for {@code --input=datasource:NAME}.
 */
public final class DatabaseExport implements Export {

    /** Rows fetched per round trip; the readers stream with a cursor, never the whole table. */
    static final int FETCH_SIZE = 1_000;

    private final ExportSource.Database source;
    private final String url;
    private final HikariDataSource dataSource;
    private Map<ExportTable, Set<String>> columns;

    private DatabaseExport(ExportSource.Database source, String url, HikariDataSource dataSource) {
        this.source = source;
        this.url = url;
        this.dataSource = dataSource;
    }

    static DatabaseExport open(ExportSource.Database source, PropertyResolver configuration) {
        String url;
        String username;
        String password;
        if (source.named()) {
            String prefix = "comms-audit.datasources." + source.name() + ".";
            url = configuration.getProperty(prefix + "url");
            if (url == null || url.isBlank()) {
                throw new UnusableExportException("datasource '" + source.name() + "' is not configured: set "
                        + prefix + "url (and username, password), e.g. as environment variables");
            }
            username = configuration.getProperty(prefix + "username");
            password = configuration.getProperty(prefix + "password");
        } else {
            url = source.reference();
            username = configuration.getProperty("comms-audit.source.username");
            password = configuration.getProperty("comms-audit.source.password");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("export-source");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setReadOnly(true);
        config.setConnectionTimeout(15_000);
        try {
            return new DatabaseExport(source, url, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new UnusableExportException("cannot connect to the export database " + describe(source, url) + ": "
                    + ExportSource.Database.redact(RootCause.firstLine(e)), e);
        }
    }

    @Override
    public void check() {
        columns();
    }

    private synchronized Map<ExportTable, Set<String>> columns() {
        if (columns != null) {
            return columns;
        }
        Map<ExportTable, Set<String>> found = new EnumMap<>(ExportTable.class);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String schema = connection.getSchema();
            for (ExportTable table : ExportTable.values()) {
                Set<String> names = columnsOf(metaData, connection.getCatalog(), schema, table.sourceTable());
                if (names.isEmpty()) {
                    if (table.requiredFile()) {
                        throw new UnusableExportException("required table " + table.sourceTable() + " not found in "
                                + describe() + (schema == null ? "" : " (schema " + schema + ")"));
                    }
                    continue;
                }
                List<String> missing = table.columns().stream().filter(Column::required).map(Column::name)
                        .filter(name -> !names.contains(name)).toList();
                if (!missing.isEmpty()) {
                    throw new UnusableExportException(describe() + ": table " + table.sourceTable()
                            + " lacks required column(s) " + String.join(", ", missing));
                }
                found.put(table, names);
            }
        } catch (SQLException e) {
            throw new UnusableExportException("cannot read the tables of " + describe() + ": " + e.getMessage(), e);
        }
        columns = found;
        return found;
    }

    /** The lower-case column names of a table, trying the name as written and in upper case (H2, Oracle). */
    private static Set<String> columnsOf(DatabaseMetaData metaData, String catalog, String schema, String table)
            throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = metaData.getColumns(catalog, schema, candidate, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }

    /**
     * A reader of one table: {@code SELECT <the contract's columns present> FROM <table> ORDER BY <id>};
     * an absent table reads as empty.
     */
    @Override
    public ExportReader reader(ExportTable table) {
        Set<String> present = columns().get(table);
        if (present == null) {
            return DatabaseTableReader.absent(table);
        }
        List<Column> selected = new ArrayList<>();
        for (Column column : table.columns()) {
            if (present.contains(column.name())) {
                selected.add(column);
            }
        }
        String sql = "SELECT " + String.join(", ", selected.stream().map(Column::name).toList())
                + " FROM " + table.sourceTable() + " ORDER BY " + table.idColumn().name();
        return new DatabaseTableReader(table, dataSource, sql, selected, FETCH_SIZE);
    }

    @Override
    public String describe() {
        return describe(source, url);
    }

    private static String describe(ExportSource.Database source, String url) {
        String redacted = ExportSource.Database.redact(url);
        return source.named() ? source.reference() + " (" + redacted + ")" : redacted;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
