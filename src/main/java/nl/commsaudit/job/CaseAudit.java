package nl.commsaudit.job;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.ingest.ExportTable;
import nl.commsaudit.ingest.StageItem;
import nl.commsaudit.ingest.StagedRowsListener;
import nl.commsaudit.ingest.StagedSellers;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.bol.service.CaseAssessment;
import nl.commsaudit.rules.bol.service.CaseAssessor;
import nl.commsaudit.rules.bol.service.CaseFacts;
import nl.commsaudit.rules.bol.service.CaseRule;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The bol.com service norms for customer questions, judged as {@code stage-cases} stages them: every case
 * of a BOL seller opened by the end of the as-of day is measured against its seller's working-hours clock
 * ({@link CaseAssessor}) and checked by the case rules. The assessment is written into the case's own
 * row of {@code stg_case} (for the weekly warnings, the seller-level norms and the analyst's report;
 * NULL when the case is not assessed) and the findings to {@code finding}, in the chunk's transaction: a
 * restart continues after the last committed chunk with both in step. A case needs nothing but its own
 * row and its seller, so it is judged once, here, rather than read back from the staging table in
 * another step and written again.
 */
final class CaseAudit implements StagedRowsListener {

    private final AuditRun run;
    private final StagedSellers sellers;
    private final FindingStore findings;
    private final CaseAssessor assessor;
    private final List<CaseRule> rules;

    CaseAudit(AuditRun run, NamedParameterJdbcTemplate jdbc, StagedSellers sellers) {
        this.run = run;
        this.sellers = sellers;
        this.findings = new FindingStore(jdbc);
        this.assessor = new CaseAssessor(run.asOfEnd(), RuleCatalog.RESPONSE_TIME);
        this.rules = run.rules().caseRules();
    }

    @Override
    public List<String> addedColumns() {
        return COLUMNS;
    }

    /** The assessment's columns of {@code stg_case}, NULL for a case that is not assessed. */
    private static final List<String> COLUMNS = List.of("iso_week", "deadline_at", "working_minutes", "due", "on_time", "missed");

    @Override
    public Staging staging(long runId, List<StageItem.Valid> rows) {
        Map<String, StagedSellers.Seller> known = sellers.find(runId, rows.stream().map(StageItem.Valid::sellerId).toList());
        CaseAssessment[] assessed = new CaseAssessment[rows.size()];
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < assessed.length; i++) {
            StageItem.Valid row = rows.get(i);
            StagedSellers.Seller seller = known.get(row.sellerId());
            if (seller == null || !seller.bol()) {
                continue;
            }
            CaseFacts facts = new CaseFacts(row.id(), row.sellerId(), seller.kvkNumber(), Country.valueOf(seller.country()),
                    (String) row.value("origin"), row.instant("opened_at"), row.instant("first_response_at"));
            CaseAssessment assessment = assessor.assess(facts);
            if (assessment == null) {
                continue; // opened after the as-of day
            }
            assessed[i] = assessment;
            String orderId = (String) row.value("order_id");
            for (CaseRule rule : rules) {
                rule.check(assessment).ifPresent(v -> found.add(
                        Finding.of(rule, run.rules().settings(), facts.sellerId(), facts.kvkNumber(), orderId, v)));
            }
        }
        return new Staging() {
            @Override
            public void bind(int row, PreparedStatement insert, int first) throws SQLException {
                CaseAssessment a = assessed[row];
                if (a == null) {
                    insert.setNull(first, Types.VARCHAR);
                    insert.setNull(first + 1, Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setNull(first + 2, Types.BIGINT);
                    insert.setNull(first + 3, Types.BOOLEAN);
                    insert.setNull(first + 4, Types.BOOLEAN);
                    insert.setNull(first + 5, Types.BOOLEAN);
                    return;
                }
                insert.setString(first, a.isoWeek());
                insert.setObject(first + 1, Rows.utc(a.deadline()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(first + 2, a.workingTime() == null ? null : a.workingTime().toMinutes(), Types.BIGINT);
                insert.setBoolean(first + 3, a.due());
                insert.setBoolean(first + 4, a.due() && a.onTime());
                insert.setBoolean(first + 5, a.missed());
            }

            @Override
            public void staged() {
                findings.insert(runId, StageSteps.stepName(ExportTable.CASES), found);
            }

            @Override
            public void abandoned() {
            }
        };
    }
}
