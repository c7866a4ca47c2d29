package nl.commsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class StagedIdsTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void table() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:staged-ids-" + System.nanoTime(), true));
        jdbc.execute("CREATE TABLE stg_thing (run_id BIGINT NOT NULL, thing_id VARCHAR NOT NULL, source_line BIGINT NOT NULL,"
                + " PRIMARY KEY (run_id, thing_id))");
    }

    private void stage(StagedIds ids, long run, List<String> things, long firstLine) {
        long line = firstLine;
        for (String thing : things) {
            jdbc.update("INSERT INTO stg_thing VALUES (?, ?, ?)", run, thing, line++);
        }
        ids.staged(run, things);
    }

    private static List<String> things(int from, int to) {
        List<String> things = new ArrayList<>();
        for (int i = from; i < to; i++) {
            things.add("M" + i);
        }
        return things;
    }

    @Test
    void findsTheStagedIdsWithTheirLineAndNoOthers() {
        StagedIds ids = new StagedIds(jdbc, "stg_thing", "thing_id");
        stage(ids, 7, things(0, 1000), 2);
        Map<String, Long> found = ids.firstLines(7, List.of("M0", "M999", "M1000", "X", "M500"));
        assertEquals(Map.of("M0", 2L, "M999", 1001L, "M500", 502L), found);
        assertEquals(Map.of(), ids.firstLines(8, List.of("M0")), "another run's rows are not this run's");
    }

    @Test
    void aFullFilterStillAnswersExactly() {
        // 512 bits for 2,000 ids: the filter says "maybe" to almost everything, the database decides
        StagedIds ids = new StagedIds(jdbc, "stg_thing", "thing_id", 512);
        stage(ids, 1, things(0, 2000), 1);
        Map<String, Long> found = ids.firstLines(1, things(1500, 3500));
        assertEquals(500, found.size());
        assertEquals(Set.copyOf(things(1500, 2000)), found.keySet());
    }

    @Test
    void aRestartedStepKnowsTheIdsStagedBeforeTheCrash() {
        stage(new StagedIds(jdbc, "stg_thing", "thing_id"), 3, things(0, 100), 2);
        StagedIds afterRestart = new StagedIds(jdbc, "stg_thing", "thing_id");
        assertEquals(Map.of("M42", 44L), afterRestart.firstLines(3, List.of("M42", "M100")));
    }

    @Test
    void afterForgettingItReadsTheStagedIdsAgain() {
        StagedIds ids = new StagedIds(jdbc, "stg_thing", "thing_id");
        stage(ids, 3, things(0, 10), 2);
        ids.forget();
        assertEquals(Map.of("M9", 11L), ids.firstLines(3, List.of("M9", "M10")));
    }
}
