package nl.commsaudit.job;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.ingest.StorageOrder;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.bol.service.BolSvcWeeklyWarningRule;
import nl.commsaudit.rules.bol.service.WeekFigures;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "audit-weeks", the bol.com weekly warnings: the weeks in which a BOL seller missed the response time of
 * too many customer questions. The cases are measured as they are staged ({@link CaseAudit}), the calls
 * classified ({@link CallAudit}); the seller-level norms are judged in {@link SellerSteps} from the
 * figures these leave behind.
 */
final class ServiceNormSteps {

    static final String AUDIT_WEEKS = "audit-weeks";

    private final StepFactory steps;
    private final NamedParameterJdbcTemplate jdbc;
    private final FindingStore findings;

    ServiceNormSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.findings = new FindingStore(jdbc);
    }

    /** A week with enough missed customer questions to be worth a look. */
    record WeekRow(String sellerId, String kvkNumber, String isoWeek, long missed) {
    }

    Step auditWeeks(AuditRun run) {
        BolSvcWeeklyWarningRule rule = run.rules().weeklyWarning();
        boolean enabled = run.rules().enabled(rule);
        JdbcCursorItemReader<WeekRow> reader = steps.cursor(AUDIT_WEEKS,
                // one pass over the run's cases (StorageOrder); the seller's KvK number is asked per week
                // found rather than joined to every case
                "SELECT a.seller_id, (SELECT s.kvk_number FROM stg_seller s WHERE s.run_id = ? AND s.seller_id = a.seller_id)"
                        + " AS kvk_number, a.iso_week, COUNT(*) AS missed FROM stg_case a"
                        + " WHERE " + StorageOrder.runId("a") + " = ? AND a.origin = 'CUSTOMER' AND a.missed"
                        + " GROUP BY a.seller_id, a.iso_week HAVING COUNT(*) >= ?"
                        + " ORDER BY a.seller_id, a.iso_week",
                ps -> {
                    ps.setLong(1, run.runId());
                    ps.setLong(2, run.runId());
                    ps.setLong(3, enabled ? rule.threshold() : Long.MAX_VALUE);
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
        return jdbc.queryForList("SELECT a.case_id FROM stg_case a WHERE a.run_id = :run_id"
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
