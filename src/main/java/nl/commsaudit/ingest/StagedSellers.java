package nl.commsaudit.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sellers a run has staged, looked up by id and remembered. Every message, case, call and review
 * names its seller, and a chunk of 1,000 messages names hundreds of them: asking the database once per
 * chunk and seller was a third of the point queries of the message pass. Sellers are staged first and
 * never change afterwards, so an answer (found or not) stays true for the rest of the run. The memory is
 * bounded ({@value #REMEMBERED} answers, then it starts over); one instance per step, safe for the step's
 * thread and the threads judging messages ahead of it (a lookup of unknown sellers happens under the lock,
 * with the calling thread's connection).
 */
public final class StagedSellers {

    /** What the steps need to know of a staged seller. */
    public record Seller(String sellerId, String marketplace, String kvkNumber, String country) {

        public boolean bol() {
            return "BOL".equals(marketplace);
        }
    }

    static final int REMEMBERED = 50_000;

    private final JdbcTemplate jdbc;
    private final int remembered;
    private final Map<String, Optional<Seller>> answers = new HashMap<>();
    private long answersOfRun = Long.MIN_VALUE;

    public StagedSellers(JdbcTemplate jdbc) {
        this(jdbc, REMEMBERED);
    }

    StagedSellers(JdbcTemplate jdbc, int remembered) {
        this.jdbc = jdbc;
        this.remembered = remembered;
    }

    /** Forgets every answer. */
    public synchronized void forget() {
        answers.clear();
        answersOfRun = Long.MIN_VALUE;
    }

    /** The staged sellers among {@code ids}; an id that is not in the run's sellers is left out. */
    public synchronized Map<String, Seller> find(long runId, Collection<String> ids) {
        if (runId != answersOfRun) {
            answers.clear();
            answersOfRun = runId;
        }
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (!answers.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            if (answers.size() + unknown.size() > remembered) {
                answers.clear(); // starts over: every id of this call is asked again
                unknown = new ArrayList<>(new LinkedHashSet<>(ids));
            }
            Map<String, Seller> looked = KeyLookup.find(jdbc, "SELECT seller_id, marketplace, kvk_number, country FROM stg_seller"
                    + " WHERE run_id = ? AND seller_id = ?", runId, unknown,
                    rs -> new Seller(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            for (String id : unknown) {
                answers.put(id, Optional.ofNullable(looked.get(id)));
            }
        }
        Map<String, Seller> found = new HashMap<>();
        for (String id : ids) {
            Optional<Seller> answer = answers.get(id);
            if (answer != null && answer.isPresent()) {
                found.put(id, answer.get());
            }
        }
        return found;
    }
}
