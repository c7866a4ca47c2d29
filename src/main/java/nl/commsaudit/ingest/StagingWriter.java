package nl.commsaudit.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes one chunk of validated rows into the staging table and the rejections into
 * {@code stg_rejected}, in the chunk's transaction. Here are the checks that need other rows:
 * a duplicate id (the first row with an id wins; later ones are rejected, naming the first line) and
 * a {@code seller_id} that is not in sellers.csv. Orders are staged in the run's {@link OrderStore}
 * instead of a table.
 */
public class StagingWriter implements ItemWriter<StageItem>, StepExecutionListener {

    private final ExportTable table;
    private final NamedParameterJdbcTemplate jdbc;
    private final LongSupplier runId;
    private final List<Column> staged;
    /** The insert, with positional parameters: run_id, the staged columns, source_line. */
    private final String insert;
    /** Where each staged column's value is in a row's values. */
    private final int[] stagedIndexes;
    /** The JDBC type of each staged column, for its nulls. */
    private final int[] sqlTypes;
    private final StagedRowsListener listener;
    private final StagedIds stagedIds;
    private final StagedSellers sellers;
    /** The run's order store, for {@link ExportTable#ORDERS}; else {@code null}. */
    private final Supplier<OrderStore> orders;

    /**
     * @param sellers  the step's memory of staged sellers, which the listener may share
     * @param listener told of every chunk's staged rows, or {@code null}
     */
    public StagingWriter(ExportTable table, NamedParameterJdbcTemplate jdbc, LongSupplier runId, StagedSellers sellers,
            StagedRowsListener listener) {
        this(table, jdbc, runId, sellers, listener, null);
    }

    /** A writer of orders: into the run's order store ({@code orders}), not into a table. */
    public static StagingWriter orders(NamedParameterJdbcTemplate jdbc, LongSupplier runId, StagedSellers sellers,
            Supplier<OrderStore> orders) {
        return new StagingWriter(ExportTable.ORDERS, jdbc, runId, sellers, null, orders);
    }

    private StagingWriter(ExportTable table, NamedParameterJdbcTemplate jdbc, LongSupplier runId, StagedSellers sellers,
            StagedRowsListener listener, Supplier<OrderStore> orders) {
        if ((table == ExportTable.ORDERS) != (orders != null)) {
            throw new IllegalArgumentException("orders, and only orders, are staged in the order store");
        }
        this.orders = orders;
        this.table = table;
        this.listener = listener;
        this.jdbc = jdbc;
        this.runId = runId;
        this.staged = table.stagedColumns();
        List<String> added = listener == null ? List.of() : listener.addedColumns();
        this.insert = orders != null ? null : "INSERT INTO " + table.stagingTable() + " (run_id, "
                + staged.stream().map(Column::name).collect(Collectors.joining(", "))
                + ", source_line" + added.stream().map(c -> ", " + c).collect(Collectors.joining())
                + ") VALUES (?, " + "?, ".repeat(staged.size()) + "?" + ", ?".repeat(added.size()) + ")";
        this.stagedIndexes = staged.stream().mapToInt(c -> table.indexOf(c.name())).toArray();
        this.sqlTypes = staged.stream().mapToInt(c -> sqlType(c.type())).toArray();
        this.stagedIds = orders != null ? null : new StagedIds(jdbc.getJdbcTemplate(), table.stagingTable(), table.idColumn().name());
        this.sellers = sellers;
    }

    @Override
    public void write(Chunk<? extends StageItem> chunk) {
        long run = runId.getAsLong();
        List<StageItem.Rejected> rejected = new ArrayList<>();
        List<StageItem.Valid> valid = new ArrayList<>();
        for (StageItem item : chunk) {
            if (item instanceof StageItem.Valid row) {
                valid.add(row);
            } else {
                rejected.add((StageItem.Rejected) item);
            }
        }
        Map<String, Long> firstLines = existingIds(run, valid);
        Set<String> knownSellers = knownSellers(run, valid);
        List<StageItem.Valid> staged = new ArrayList<>(valid.size());
        for (StageItem.Valid row : valid) {
            Long first = firstLines.putIfAbsent(row.id(), row.line());
            if (first != null) {
                rejected.add(new StageItem.Rejected(table, row.line(), "duplicate " + table.idColumn().name()
                        + " '" + row.id() + "'" + (row.key() == null ? " (first on line " + first + ")" : ""),
                        row.raw(), row.key()));
            } else if (table.refersToSeller() && !knownSellers.contains(row.sellerId())) {
                firstLines.remove(row.id());
                rejected.add(new StageItem.Rejected(table, row.line(), "unknown seller_id '" + row.sellerId() + "' (not in "
                        + (row.key() == null ? ExportTable.SELLERS.fileName() : "table " + ExportTable.SELLERS.sourceTable())
                        + ")", row.raw(), row.key()));
            } else {
                staged.add(row);
            }
        }
        if (!staged.isEmpty()) {
            // the listener's work (judging message bodies) goes on while the rows are inserted
            StagedRowsListener.Staging staging = listener == null ? StagedRowsListener.Staging.NONE : listener.staging(run, staged);
            boolean inserted = false;
            try {
                if (orders != null) {
                    orders.get().stage(staged);
                } else {
                    insert(run, staged, staging);
                    stagedIds.staged(run, staged.stream().map(StageItem.Valid::id).toList());
                }
                inserted = true;
            } finally {
                if (!inserted) {
                    staging.abandoned();
                }
            }
            staging.staged();
        }
        if (!rejected.isEmpty()) {
            rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
            jdbc.batchUpdate("INSERT INTO stg_rejected (run_id, file_order, source_file, source_line, source_key, reason, raw)"
                            + " VALUES (:run_id, :file_order, :source_file, :source_line, :source_key, :reason, :raw)",
                    rejected.stream().map(r -> new MapSqlParameterSource()
                            .addValue("run_id", run)
                            .addValue("file_order", r.table().ordinal())
                            .addValue("source_file", r.file())
                            .addValue("source_line", r.line())
                            .addValue("source_key", r.key())
                            .addValue("reason", r.reason())
                            .addValue("raw", r.raw())).toArray(MapSqlParameterSource[]::new));
        }
    }

    /** The step is over: the memory of staged ids and sellers is given back (a restart builds it again). */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stagedIds != null) {
            stagedIds.forget();
        }
        sellers.forget();
        return null;
    }

    /**
     * One JDBC batch with positional parameters, typed by the column (named parameters cost a map per
     * row and a type lookup per value, a third of the insert at a million messages).
     */
    private void insert(long run, List<StageItem.Valid> rows, StagedRowsListener.Staging staging) {
        jdbc.getJdbcTemplate().batchUpdate(insert, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                StageItem.Valid row = rows.get(i);
                statement.setLong(1, run);
                for (int c = 0; c < stagedIndexes.length; c++) {
                    Object value = row.values()[stagedIndexes[c]];
                    if (value == null) {
                        statement.setNull(c + 2, sqlTypes[c]);
                    } else if (value instanceof String text) {
                        statement.setString(c + 2, text);
                    } else {
                        statement.setObject(c + 2, value); // OffsetDateTime, LocalDate, Long, Boolean (JDBC 4.2)
                    }
                }
                statement.setLong(stagedIndexes.length + 2, row.line());
                staging.bind(i, statement, stagedIndexes.length + 3);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    /** The JDBC type of a column's values, as {@link StageItem.Valid} holds them. */
    static int sqlType(ColumnType type) {
        return switch (type) {
            case TEXT, CODE -> Types.VARCHAR;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
            case DATE -> Types.DATE;
            case INTEGER -> Types.BIGINT;
            case BOOLEAN -> Types.BOOLEAN;
        };
    }

    /** Ids of this chunk already staged by earlier chunks, with the line they came from. */
    private Map<String, Long> existingIds(long run, List<StageItem.Valid> rows) {
        Set<String> ids = rows.stream().map(StageItem.Valid::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return new HashMap<>(orders != null ? orders.get().firstLines(ids) : stagedIds.firstLines(run, ids));
    }

    private Set<String> knownSellers(long run, List<StageItem.Valid> rows) {
        if (!table.refersToSeller() || rows.isEmpty()) {
            return Set.of();
        }
        return sellers.find(run, rows.stream().map(StageItem.Valid::sellerId).collect(Collectors.toSet())).keySet();
    }
}
