package nl.commsaudit.ingest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up many keys of one run with one prepared point query per key, in the caller's transaction.
 * Measured on H2 with 500,000 staged rows: 1,000 point lookups take ~20 ms, while one query with a
 * 1,000-parameter {@code IN (...)} or {@code = ANY(?)} list takes seconds (H2 does not use the primary
 * key for parameter lists), which made staging slow down as a table grew.
 */
public final class KeyLookup {

    /** Maps one row of the point query to a value. */
    @FunctionalInterface
    public interface RowValue<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private KeyLookup() {
    }

    /**
     * @param sql a query with two parameters: the run id, then the key; it returns at most one row
     * @return the value of each key that was found
     */
    public static <T> Map<String, T> find(JdbcTemplate jdbc, String sql, long runId, Collection<String> keys, RowValue<T> value) {
        Map<String, T> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, runId);
                for (String key : keys) {
                    statement.setString(2, key);
                    try (ResultSet rs = statement.executeQuery()) {
                        if (rs.next()) {
                            found.put(key, value.map(rs));
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }
}
