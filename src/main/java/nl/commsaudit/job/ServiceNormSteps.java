package nl.commsaudit.job;

import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import nl.commsaudit.calendar.Country;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.bol.service.BolSvcWeeklyWarningRule;
import nl.commsaudit.rules.bol.service.CaseAssessment;
import nl.commsaudit.rules.bol.service.CaseAssessor;
import nl.commsaudit.rules.bol.service.CaseFacts;
import nl.commsaudit.rules.bol.service.CaseRule;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.bol.service.WeekFigures;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The steps of the bol.com service norms: every case of a BOL seller measured against its working-hours
 * clock (case rules), every call classified against the Dutch calendar, and the weekly warnings.
 * The seller-level norms are judged in {@link SellerSteps} from the figures these steps leave behind.
 */
final class ServiceNormSteps {

    static final String AUDIT_CASES = "audit-cases";
    static final String AUDIT_CALLS = "audit-calls";
    static final String AUDIT_WEEKS = "audit-weeks";

    private final StepFactory steps;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;

    ServiceNormSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.findings = new FindingStore(jdbc);
    }

    /** A case measured, with the findings of the case rules. */
    record CaseResult(CaseAssessment assessment, List<Finding> findings) {
    }

    /** Partitioned by seller: each partition measures the cases of its sellers. */
    Step auditCases(AuditRun run) {
        return steps.partitioned(AUDIT_CASES, SellerRange.partitioner(jdbc, run), (name, sellers) -> auditCases(run, name, sellers));
    }

    /** A customer question as the rules see it, and the order it is about (for its findings). */
    private record CaseRow(CaseFacts facts, String orderId) {
    }

    private Step auditCases(AuditRun run, String stepName, SellerRange sellers) {
        JdbcCursorItemReader<CaseRow> reader = steps.cursor(AUDIT_CASES,
                "SELECT c.case_id, c.seller_id, s.kvk_number, s.country, c.origin, c.opened_at, c.first_response_at, c.order_id"
                        + " FROM stg_case c JOIN stg_seller s ON s.run_id = c.run_id AND s.seller_id = c.seller_id"
                        + " WHERE c.run_id = ? AND s.marketplace = 'BOL' AND " + SellerRange.condition("c.seller_id")
                        + " ORDER BY c.seller_id, c.case_id",
                ps -> {
                    ps.setLong(1, run.runId());
                    sellers.bind(ps, 2);
                },
                (rs, i) -> new CaseRow(new CaseFacts(rs.getString("case_id"), rs.getString("seller_id"),
                        rs.getString("kvk_number"), Country.valueOf(rs.getString("country")), rs.getString("origin"),
                        Rows.instant(rs, "opened_at"), Rows.instant(rs, "first_response_at")), rs.getString("order_id")));
        CaseAssessor assessor = new CaseAssessor(run.asOfEnd(), RuleCatalog.RESPONSE_TIME);
        List<CaseRule> rules = run.rules().caseRules();
        return steps.<CaseRow, CaseResult>chunk(stepName, reader,
                row -> {
                    CaseFacts facts = row.facts();
                    CaseAssessment assessment = assessor.assess(facts);
                    if (assessment == null) {
                        return null; // opened after the as-of day
                    }
                    List<Finding> found = new ArrayList<>();
                    for (CaseRule rule : rules) {
                        rule.check(assessment).ifPresent(v -> found.add(
                                Finding.of(rule, run.rules().settings(), facts.sellerId(), facts.kvkNumber(), row.orderId(), v)));
                    }
                    return new CaseResult(assessment, found);
                },
                chunk -> {
                    // positional parameters: named ones cost a map per row and a type lookup per value
                    jdbc.getJdbcTemplate().batchUpdate("INSERT INTO case_assessment (run_id, case_id, seller_id, origin,"
                                    + " iso_week, deadline_at, working_minutes, due, on_time, missed)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            chunk.getItems(), chunk.size(), (ps, r) -> {
                                CaseAssessment a = r.assessment();
                                ps.setLong(1, run.runId());
                                ps.setString(2, a.facts().caseId());
                                ps.setString(3, a.facts().sellerId());
                                ps.setString(4, a.facts().origin());
                                ps.setString(5, a.isoWeek());
                                ps.setObject(6, Rows.utc(a.deadline()), Types.TIMESTAMP_WITH_TIMEZONE);
                                ps.setObject(7, a.workingTime() == null ? null : a.workingTime().toMinutes(), Types.BIGINT);
                                ps.setBoolean(8, a.due());
                                ps.setBoolean(9, a.due() && a.onTime());
                                ps.setBoolean(10, a.missed());
                            });
                    findings.insert(run.runId(), AUDIT_CASES,
                            chunk.getItems().stream().flatMap(r -> r.findings().stream()).toList());
                });
    }

    /** A call of a BOL seller: in working hours by the Dutch calendar, and answered or not. */
    record CallResult(String callId, String sellerId, boolean inHours, boolean answered) {
    }

    Step auditCalls(AuditRun run) {
        WorkingHoursClock phoneClock = WorkingHoursClock.forPhone();
        JdbcCursorItemReader<CallResult> reader = steps.cursor(AUDIT_CALLS,
                "SELECT c.call_id, c.seller_id, c.started_at, c.answered FROM stg_call c"
                        + " JOIN stg_seller s ON s.run_id = c.run_id AND s.seller_id = c.seller_id"
                        + " WHERE c.run_id = ? AND s.marketplace = 'BOL' AND c.started_at < ?"
                        + " ORDER BY c.seller_id, c.call_id",
                ps -> {
                    ps.setLong(1, run.runId());
                    ps.setObject(2, Rows.utc(run.asOfEnd()));
                },
                (rs, i) -> new CallResult(rs.getString("call_id"), rs.getString("seller_id"),
                        phoneClock.isWorkingTime(Rows.instant(rs, "started_at")), rs.getBoolean("answered")));
        return steps.<CallResult, CallResult>chunk(AUDIT_CALLS, reader, call -> call,
                chunk -> jdbc.getJdbcTemplate().batchUpdate("INSERT INTO call_assessment (run_id, call_id, seller_id,"
                                + " in_hours, answered) VALUES (?, ?, ?, ?, ?)", chunk.getItems(), chunk.size(), (ps, c) -> {
                            ps.setLong(1, run.runId());
                            ps.setString(2, c.callId());
                            ps.setString(3, c.sellerId());
                            ps.setBoolean(4, c.inHours());
                            ps.setBoolean(5, c.answered());
                        }));
    }

    /** A week with enough missed customer questions to be worth a look. */
    record WeekRow(String sellerId, String kvkNumber, String isoWeek, long missed) {
    }

    Step auditWeeks(AuditRun run) {
        BolSvcWeeklyWarningRule rule = run.rules().weeklyWarning();
        boolean enabled = run.rules().enabled(rule);
        JdbcCursorItemReader<WeekRow> reader = steps.cursor(AUDIT_WEEKS,
                "SELECT a.seller_id, s.kvk_number, a.iso_week, COUNT(*) AS missed FROM case_assessment a"
                        + " JOIN stg_seller s ON s.run_id = a.run_id AND s.seller_id = a.seller_id"
                        + " WHERE a.run_id = ? AND a.origin = 'CUSTOMER' AND a.missed"
                        + " GROUP BY a.seller_id, s.kvk_number, a.iso_week HAVING COUNT(*) >= ?"
                        + " ORDER BY a.seller_id, a.iso_week",
                ps -> {
                    ps.setLong(1, run.runId());
                    ps.setLong(2, enabled ? rule.threshold() : Long.MAX_VALUE);
                },
                (rs, i) -> new WeekRow(rs.getString("seller_id"), rs.getString("kvk_number"),
                        rs.getString("iso_week"), rs.getLong("missed")));
        return steps.<WeekRow, Finding>chunk(AUDIT_WEEKS, reader,
                week -> rule.check(new WeekFigures(week.sellerId(), week.isoWeek(), weekStart(week.isoWeek()),
                                week.missed(), examples(run, week)))
                        .map(v -> Finding.of(rule, run.rules().settings(), week.sellerId(), week.kvkNumber(), null, v))
                        .orElse(null),
                chunk -> findings.insert(run.runId(), AUDIT_WEEKS, List.copyOf(chunk.getItems())));
    }

    private List<String> examples(AuditRun run, WeekRow week) {
        return jdbc.queryForList("SELECT a.case_id FROM case_assessment a WHERE a.run_id = :run_id"
                        + " AND a.seller_id = :seller_id AND a.iso_week = :iso_week AND a.origin = 'CUSTOMER' AND a.missed"
                        + " ORDER BY a.deadline_at, a.case_id FETCH FIRST 20 ROWS ONLY",
                new MapSqlParameterSource("run_id", run.runId()).addValue("seller_id", week.sellerId())
                        .addValue("iso_week", week.isoWeek()), String.class);
    }

    /** Monday 00:00 Amsterdam of an ISO week written {@code 2026-W10}. */
    static java.time.Instant weekStart(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        LocalDate monday = LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY);
        return monday.atStartOfDay(WorkingHoursClock.AMSTERDAM).truncatedTo(ChronoUnit.SECONDS).toInstant();
    }
}
