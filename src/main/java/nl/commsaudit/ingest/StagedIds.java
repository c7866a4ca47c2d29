package nl.commsaudit.ingest;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Which ids of one table a run has already staged, for the duplicate-id check, without asking the
 * database about every row. A fixed-size Bloom filter of the staged ids answers "certainly new" for
 * almost every id of an export without duplicates; only the ids it may have seen are looked up (a
 * point query each), so the answer is exact. The filter takes {@value #BYTES} bytes, however large the
 * export: with 1,000,000 ids about one id in 6,000 is looked up for nothing, with 10,000,000 one in
 * four (slower then, never wrong).
 *
 * <p>A restarted step starts with the ids its run staged before (read once, streaming), so a duplicate
 * of a row staged before the crash is still found. Ids of a chunk that was rolled back stay in the
 * filter: that costs a lookup, not a wrong answer.
 */
public final class StagedIds {

    static final int BYTES = 4 << 20;
    private static final int HASHES = 4;
    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final String table;
    private final String idColumn;
    private final int size;
    private long[] bits;
    private long bitsOfRun = Long.MIN_VALUE;

    public StagedIds(JdbcTemplate jdbc, String table, String idColumn) {
        this(jdbc, table, idColumn, BYTES * 8);
    }

    /** @param size the filter's size in bits (a multiple of 64; tests use small filters to force lookups) */
    StagedIds(JdbcTemplate jdbc, String table, String idColumn, int size) {
        this.jdbc = jdbc;
        this.table = table;
        this.idColumn = idColumn;
        this.size = size;
    }

    /** The ids among {@code ids} that the run has staged, with the source line each was staged from. */
    public Map<String, Long> firstLines(long runId, Collection<String> ids) {
        prepare(runId);
        List<String> maybe = new ArrayList<>();
        for (String id : ids) {
            if (mayContain(id)) {
                maybe.add(id);
            }
        }
        return KeyLookup.find(jdbc, "SELECT source_line FROM " + table + " WHERE run_id = ? AND " + idColumn + " = ?",
                runId, maybe, rs -> rs.getLong(1));
    }

    /** Remembers ids that were just staged. */
    public void staged(long runId, Collection<String> ids) {
        prepare(runId);
        for (String id : ids) {
            add(id);
        }
    }

    /** Gives the filter's memory back; the next question reads the staged ids again. */
    public void forget() {
        bits = null;
    }

    private void prepare(long runId) {
        if (bits != null && bitsOfRun == runId) {
            return;
        }
        bits = new long[size / 64];
        bitsOfRun = runId;
        // a restarted step: the ids staged before the crash (none on a first run), streamed (PostgreSQL
        // fetches every row at once unless a fetch size is set)
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + idColumn + " FROM " + table + " WHERE run_id = ?");
            statement.setFetchSize(FETCH);
            statement.setLong(1, runId);
            return statement;
        }, (RowCallbackHandler) rs -> add(rs.getString(1)));
    }

    private void add(String id) {
        long hash = hash(id);
        for (int i = 0; i < HASHES; i++) {
            int bit = bit(hash, i);
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    private boolean mayContain(String id) {
        long hash = hash(id);
        for (int i = 0; i < HASHES; i++) {
            int bit = bit(hash, i);
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The filter bit of the i-th hash function (double hashing from the two halves of one 64-bit hash). */
    private int bit(long hash, int i) {
        return Math.floorMod((int) hash + i * (int) (hash >>> 32), size);
    }

    /** A 64-bit hash of the id (FNV-1a over its chars, then mixed), independent of String.hashCode. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
