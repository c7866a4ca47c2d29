package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.List;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.Marketplace;
import nl.commsaudit.rules.SellerFacts;
import nl.commsaudit.rules.SellerRule;
import nl.commsaudit.rules.bol.service.ServiceFigures;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "audit-sellers": every seller account with its figures from the earlier steps; the seller-level
 * rules of its marketplace, and the {@code seller_metrics} row that becomes its line of
 * seller-summary.csv.
 */
final class SellerSteps {

    static final String AUDIT_SELLERS = "audit-sellers";

    private static final String COUNT_CASES = "(SELECT COUNT(*) FROM case_assessment a WHERE a.run_id = s.run_id"
            + " AND a.seller_id = s.seller_id AND a.origin = 'CUSTOMER' AND a.due";
    private static final String COUNT_CALLS = "(SELECT COUNT(*) FROM call_assessment c WHERE c.run_id = s.run_id"
            + " AND c.seller_id = s.seller_id";

    private final StepFactory steps;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;

    SellerSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.findings = new FindingStore(jdbc);
    }

    record SellerResult(SellerFacts seller, List<Finding> findings) {
    }

    Step auditSellers(AuditRun run) {
        JdbcCursorItemReader<SellerFacts> reader = steps.cursor(AUDIT_SELLERS,
                "SELECT s.seller_id, s.seller_name, s.kvk_number, s.country, s.marketplace, s.contact_email,"
                        + " s.contact_phone, "
                        + COUNT_CASES + ") AS cases_due, "
                        + COUNT_CASES + " AND a.on_time) AS cases_on_time, "
                        + COUNT_CALLS + " AND c.in_hours) AS calls_in_hours, "
                        + COUNT_CALLS + " AND c.in_hours AND c.answered) AS calls_answered, "
                        + COUNT_CALLS + " AND NOT c.in_hours) AS calls_outside"
                        + " FROM stg_seller s WHERE s.run_id = ? ORDER BY s.seller_id",
                ps -> ps.setLong(1, run.runId()),
                (rs, i) -> {
                    Marketplace marketplace = Marketplace.valueOf(rs.getString("marketplace"));
                    ServiceFigures service = marketplace == Marketplace.BOL
                            ? new ServiceFigures(rs.getLong("cases_due"), rs.getLong("cases_on_time"),
                                    rs.getLong("calls_in_hours"), rs.getLong("calls_answered"), rs.getLong("calls_outside"))
                            : null;
                    return new SellerFacts(rs.getString("seller_id"), rs.getString("seller_name"),
                            rs.getString("kvk_number"), Country.valueOf(rs.getString("country")), marketplace,
                            rs.getString("contact_email"), rs.getString("contact_phone"), service);
                });
        List<SellerRule> rules = run.rules().sellerRules();
        return steps.<SellerFacts, SellerResult>chunk(AUDIT_SELLERS, reader,
                seller -> {
                    List<Finding> found = new ArrayList<>();
                    for (SellerRule rule : rules) {
                        if (rule.marketplace() == seller.marketplace()) {
                            rule.check(seller).ifPresent(v -> found.add(
                                    Finding.of(rule, run.rules().settings(), seller.sellerId(), seller.kvkNumber(), v)));
                        }
                    }
                    return new SellerResult(seller, found);
                },
                chunk -> {
                    jdbc.batchUpdate("INSERT INTO seller_metrics (run_id, seller_id, cases_due, cases_on_time,"
                                    + " calls_in_hours, calls_answered) VALUES (:run_id, :seller_id, :cases_due,"
                                    + " :cases_on_time, :calls_in_hours, :calls_answered)",
                            chunk.getItems().stream().map(r -> {
                                ServiceFigures f = r.seller().service();
                                return new MapSqlParameterSource("run_id", run.runId())
                                        .addValue("seller_id", r.seller().sellerId())
                                        .addValue("cases_due", f == null ? null : f.casesDue())
                                        .addValue("cases_on_time", f == null ? null : f.casesOnTime())
                                        .addValue("calls_in_hours", f == null ? null : f.callsInHours())
                                        .addValue("calls_answered", f == null ? null : f.callsAnswered());
                            }).toArray(MapSqlParameterSource[]::new));
                    findings.insert(run.runId(), AUDIT_SELLERS,
                            chunk.getItems().stream().flatMap(r -> r.findings().stream()).toList());
                });
    }
}
