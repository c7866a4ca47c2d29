package nl.commsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class StagedSellersTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void sellers() {
        jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:staged-sellers-" + System.nanoTime(), true));
        jdbc.execute("CREATE TABLE stg_seller (run_id BIGINT NOT NULL, seller_id VARCHAR NOT NULL, marketplace VARCHAR,"
                + " kvk_number VARCHAR, country VARCHAR, PRIMARY KEY (run_id, seller_id))");
        jdbc.update("INSERT INTO stg_seller VALUES (1, 'bol-1', 'BOL', '12345678', 'NL'), (1, 'amz-A1', 'AMAZON', NULL, 'BE'),"
                + " (2, 'bol-2', 'BOL', NULL, 'NL')");
    }

    @Test
    void findsTheRunsSellersAndLeavesOutUnknownOnes() {
        Map<String, StagedSellers.Seller> found = new StagedSellers(jdbc).find(1, Set.of("bol-1", "amz-A1", "bol-2", "nobody"));
        assertEquals(Map.of("bol-1", new StagedSellers.Seller("bol-1", "BOL", "12345678", "NL"),
                "amz-A1", new StagedSellers.Seller("amz-A1", "AMAZON", null, "BE")), found);
    }

    @Test
    void remembersAnswersWithinARunButNotAcrossRuns() {
        StagedSellers sellers = new StagedSellers(jdbc);
        sellers.find(1, List.of("bol-1", "nobody"));
        jdbc.update("DELETE FROM stg_seller WHERE run_id = 1 AND seller_id = 'bol-1'");
        jdbc.update("INSERT INTO stg_seller VALUES (1, 'nobody', 'BOL', NULL, 'NL')");
        assertEquals(Set.of("bol-1"), sellers.find(1, List.of("bol-1", "nobody")).keySet(), "answered from memory");
        jdbc.update("INSERT INTO stg_seller VALUES (2, 'bol-1', 'BOL', NULL, 'NL')");
        assertEquals(Set.of("bol-1", "bol-2"), sellers.find(2, List.of("bol-1", "bol-2")).keySet(), "a new run asks again");
        sellers.forget();
        assertEquals(Set.of("nobody"), sellers.find(1, List.of("bol-1", "nobody")).keySet(), "forgotten: asked again");
    }

    @Test
    void aFullMemoryStartsOverWithoutLosingAnswers() {
        StagedSellers sellers = new StagedSellers(jdbc, 2);
        sellers.find(1, List.of("bol-1", "amz-A1"));
        assertEquals(Set.of("bol-1", "amz-A1"), sellers.find(1, List.of("bol-1", "amz-A1", "x", "y")).keySet());
        assertEquals(Set.of("amz-A1"), sellers.find(1, List.of("amz-A1", "z")).keySet());
    }
}
