package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secondary indexes of the staging and finding tables that a run only reads after it has loaded
 * them, built once the rows are in instead of row by row while they come in (the usual way to bulk
 * load). Their keys (a seller, an order, a KvK number) come in no order, so every staged row changed a
 * different index page: H2 inserted the key, rewrote it at the commit, and wrote the page to the file
 * again at its next save, over and over. On an empty table H2 builds the index in one sorted pass
 * instead: at 1,000,000 messages {@code stage-cases} took 3.3-3.4 s without its seller index against
 * 8.3 s with it, {@code stage-reviews} 2.0-2.2 s without its two against 7.0 s (by turns, 2026-12-03).
 *
 * <ul>
 * <li>When a run starts ({@link #defer}), each of these indexes whose table is empty is dropped: only
 * on H2 (one JVM per database file) and only when no other run of this JVM is under way, so that no
 * one waits for the index meanwhile. A table that holds rows (another run's, awaiting its restart; this
 * run's own after a crash) keeps its indexes. PostgreSQL, which other JVMs may share, keeps them always.</li>
 * <li>Before a run first reads through them, {@link #build} creates those that are missing: those the
 * audit steps read after the last stage step ({@value #STAGED_STEP}), those only the workbooks read
 * before the export ({@value #WORKBOOKS_STEP}, the audit steps add findings too), and only when the run
 * writes workbooks (the partitions' weights and seller-summary.csv count rows per seller in one pass
 * over a table instead, and the examples of a weekly warning are found in one pass too). Both steps run on every start of a run, a restart too, so that the indexes a
 * run reads are there whatever an interrupted run or another run left.</li>
 * </ul>
 * Queries give the same answers with or without an index; what an index missing at the wrong moment
 * would cost is time. The definitions here are the migrations' (V1, V2, V15), checked by
 * {@code DeferredIndexesTest}; a later migration that changes one of these indexes must say
 * {@code IF EXISTS} and change it here as well.
 */
public final class DeferredIndexes {

    private static final Logger log = LoggerFactory.getLogger("comms-audit.index");

    static final String STAGED_STEP = "index-staged";
    static final String WORKBOOKS_STEP = "index-workbooks";

    /** One index: its name, its table, its columns in key order. */
    public record Index(String name, String table, List<String> columns) {
        String createSql() {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + String.join(", ", columns) + ")";
        }
    }

    /** Read from {@code audit-reviews} on (the earlier review of an order). */
    static final List<Index> STAGED = List.of(
            new Index("ix_stg_review_order", "stg_review", List.of("run_id", "order_id")));

    /** Read by the workbooks only (a seller's cases and weeks, its reviews, its findings, those of its KvK number). */
    static final List<Index> WORKBOOKS = List.of(
            new Index("ix_stg_case_seller", "stg_case", List.of("run_id", "seller_id", "iso_week")),
            new Index("ix_stg_review_seller", "stg_review", List.of("run_id", "seller_id")),
            new Index("ix_finding_seller", "finding", List.of("run_id", "seller_id")),
            new Index("ix_finding_kvk", "finding", List.of("run_id", "kvk_number")));

    private final JdbcTemplate jdbc;
    private final boolean h2;

    DeferredIndexes(JdbcTemplate jdbc, boolean h2) {
        this.jdbc = jdbc;
        this.h2 = h2;
    }

    /** Drops the indexes of the empty tables, on H2 when this is the only run of the JVM; returns their names. */
    List<String> defer() {
        List<String> dropped = new ArrayList<>();
        if (!h2) {
            return dropped;
        }
        ActiveRuns.whenAlone(() -> {
            for (Index index : all()) {
                if (empty(index.table())) {
                    jdbc.execute("DROP INDEX IF EXISTS " + index.name());
                    dropped.add(index.name());
                }
            }
        }, () -> { });
        if (!dropped.isEmpty()) {
            log.info("built after loading: {}", String.join(", ", dropped));
        }
        return dropped;
    }

    /** Creates those of {@code indexes} that are missing; returns the names of those it built. */
    List<String> build(List<Index> indexes) {
        List<String> built = new ArrayList<>();
        if (!h2) {
            return built; // never dropped there
        }
        for (Index index : indexes) {
            if (!exists(index)) {
                long start = System.nanoTime();
                jdbc.execute(index.createSql());
                built.add(index.name());
                log.info("{}: built in {} ms", index.name(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        return built;
    }

    public static List<Index> all() {
        List<Index> all = new ArrayList<>(STAGED);
        all.addAll(WORKBOOKS);
        return all;
    }

    private boolean empty(String table) {
        return jdbc.queryForList("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY").isEmpty();
    }

    private boolean exists(Index index) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.indexes"
                + " WHERE LOWER(table_name) = ? AND LOWER(index_name) = ?", Integer.class, index.table(), index.name());
        return found != null && found > 0;
    }
}
