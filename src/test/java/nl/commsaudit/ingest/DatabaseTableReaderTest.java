package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The database reader's restarts; its conversions are covered by the PostgreSQL audit tests. */
class DatabaseTableReaderTest {

    private SingleConnectionDataSource dataSource;

    @BeforeEach
    void calls() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:reader-test;DB_CLOSE_DELAY=-1", "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE calls (call_id VARCHAR, seller_id VARCHAR, started_at TIMESTAMP WITH TIME ZONE, answered BOOLEAN)");
        for (int i = 1; i <= 3; i++) {
            jdbc.update("INSERT INTO calls VALUES (?, 's1', TIMESTAMP WITH TIME ZONE '2026-03-02 10:15:00+01:00', TRUE)", "k" + i);
        }
    }

    @AfterEach
    void drop() {
        new JdbcTemplate(dataSource).execute("DROP TABLE calls");
        dataSource.destroy();
    }

    private DatabaseTableReader reader() {
        List<Column> columns = ExportTable.CALLS.columns();
        return new DatabaseTableReader(ExportTable.CALLS, dataSource, "SELECT call_id, seller_id, started_at, answered FROM calls ORDER BY call_id",
                columns, 2);
    }

    @Test
    void restartsAfterTheLastCommittedRowAndCountsEachRowOnce() throws Exception {
        ExecutionContext context = new ExecutionContext();
        DatabaseTableReader first = reader();
        first.open(context);
        first.read();
        first.read();
        first.update(context);
        first.close();

        DatabaseTableReader second = reader();
        second.open(context);
        SourceRow third = second.read();
        assertThat(third.values()[0]).isEqualTo("k3");
        assertThat(second.read()).isNull();
        assertThat(second.rowsRead()).isEqualTo(3);
        second.close();
    }

    /** As for the CSV reader: a checkpoint that holds the read which found the end is no extra row. */
    @Test
    void aRestartFromACheckpointAtTheEndCountsEachRowOnce() throws Exception {
        ExecutionContext context = new ExecutionContext();
        DatabaseTableReader first = reader();
        first.open(context);
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = first.read(); row != null; row = first.read()) {
            rows.add(row);
        }
        first.update(context);
        first.close();
        assertThat(rows).hasSize(3);
        assertThat(first.rowsRead()).isEqualTo(3);

        DatabaseTableReader second = reader();
        second.open(context);
        assertThat(second.read()).isNull();
        assertThat(second.rowsRead()).isEqualTo(3);
        second.close();
    }
}
