package nl.commsaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The indexes built after loading are the migrations' indexes, dropped only from empty tables, and built back. */
class DeferredIndexesTest {

    @TempDir
    Path temp;

    private JdbcTemplate jdbc;

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:file:" + temp.resolve("audit").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    }

    @Test
    void theDefinitionsAreThoseTheMigrationsCreate() {
        for (DeferredIndexes.Index index : DeferredIndexes.all()) {
            assertThat(columns(index)).as(index.name()).isEqualTo(index.columns());
        }
        // the indexes no query reads are gone (V17)
        assertThat(jdbc.queryForList("SELECT LOWER(index_name) FROM information_schema.indexes", String.class))
                .doesNotContain("ix_stg_call_seller", "ix_review_assessment_seller");
    }

    @Test
    void onlyTheIndexesOfEmptyTablesAreDroppedAndBuildPutsThemBack() {
        // another run's case, awaiting its restart: stg_case keeps its index
        jdbc.update("INSERT INTO stg_case (run_id, case_id, seller_id, origin, opened_at, source_line)"
                + " VALUES (999, 'C1', 'S1', 'CUSTOMER', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+01', 2)");
        DeferredIndexes indexes = new DeferredIndexes(jdbc, true);

        assertThat(indexes.defer()).containsExactly("ix_stg_review_order", "ix_stg_review_seller",
                "ix_finding_seller", "ix_finding_kvk");
        assertThat(exists("ix_stg_case_seller")).isTrue();
        assertThat(exists("ix_stg_review_order")).isFalse();
        assertThat(exists("ix_finding_kvk")).isFalse();

        assertThat(indexes.build(DeferredIndexes.STAGED)).containsExactly("ix_stg_review_order");
        assertThat(exists("ix_finding_seller")).as("the workbooks' wait for their own step").isFalse();
        assertThat(indexes.build(DeferredIndexes.WORKBOOKS)).containsExactly("ix_stg_review_seller", "ix_finding_seller",
                "ix_finding_kvk"); // ix_stg_case_seller was kept: its table holds rows
        for (DeferredIndexes.Index index : DeferredIndexes.all()) {
            assertThat(columns(index)).as(index.name()).isEqualTo(index.columns());
        }
        assertThat(indexes.build(DeferredIndexes.STAGED)).as("a restart finds them there").isEmpty();
    }

    @Test
    void aDatabaseOtherJvmsMayShareKeepsItsIndexes() {
        DeferredIndexes indexes = new DeferredIndexes(jdbc, false); // PostgreSQL
        assertThat(indexes.defer()).isEmpty();
        assertThat(DeferredIndexes.all()).allMatch(index -> exists(index.name()));
    }

    private boolean exists(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.indexes WHERE LOWER(index_name) = ?",
                Integer.class, name) > 0;
    }

    private List<String> columns(DeferredIndexes.Index index) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.index_columns WHERE LOWER(index_name) = ?"
                        + " AND LOWER(table_name) = ? ORDER BY ordinal_position", String.class, index.name(), index.table())
                .stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }
}
