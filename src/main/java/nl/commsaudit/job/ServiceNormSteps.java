package nl.commsaudit.job;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.commsaudit.calendar.WorkingHoursClock;
import nl.commsaudit.ingest.StorageOrder;
import nl.commsaudit.rules.Finding;
import nl.commsaudit.rules.bol.service.BolSvcWeeklyWarningRule;
import nl.commsaudit.rules.bol.service.WeekFigures;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "audit-weeks", the bol.com weekly warnings: the weeks in which a BOL seller missed the response time of
 * too many customer questions. The cases are measured as they are staged ({@link CaseAudit}), the calls
 * classified ({@link CallAudit}); the seller-level norms are judged in {@link SellerSteps} from the
 * figures these leave behind.
 */
final class ServiceNormSteps {

    static final String AUDIT_WEEKS = "audit-weeks";
    /** Missed customer questions named in a weekly warning's evidence. */
    private static final int EXAMPLES = 20;

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
        Examples examples = new Examples(run);
        return steps.<WeekRow, Finding>chunk(AUDIT_WEEKS, reader,
                week -> rule.check(new WeekFigures(week.sellerId(), week.isoWeek(), weekStart(week.isoWeek()),
                                week.missed(), examples.of(week)))
                        .map(v -> Finding.of(rule, run.rules().settings(), week.sellerId(), week.kvkNumber(), null, v))
                        .orElse(null),
                chunk -> findings.insert(run.runId(), AUDIT_WEEKS, List.copyOf(chunk.getItems())));
    }

    /**
     * The first {@value #EXAMPLES} missed customer questions (by deadline, then id) of each week that
     * reaches the weekly warning's threshold, for the evidence, by seller and week. They are found in one
     * ordered pass over the run's missed customer questions, the first time a week asks, instead of a
     * query per week through the cases' seller index, which a run builds only for its workbooks
     * ({@link DeferredIndexes}). What is kept is at most {@value #EXAMPLES} ids per week of a warning.
     */
    private final class Examples {

        private final AuditRun run;
        private Map<String, List<String>> byWeek;

        Examples(AuditRun run) {
            this.run = run;
        }

        synchronized List<String> of(WeekRow week) {
            if (byWeek == null) {
                byWeek = find();
            }
            return byWeek.getOrDefault(key(week.sellerId(), week.isoWeek()), List.of());
        }

        private Map<String, List<String>> find() {
            long threshold = run.rules().weeklyWarning().threshold();
            Map<String, List<String>> found = new HashMap<>();
            var week = new Object() {
                String key;
                long missed;
                final List<String> first = new ArrayList<>(EXAMPLES);

                void close() {
                    if (key != null && missed >= threshold) {
                        found.put(key, List.copyOf(first));
                    }
                }
            };
            jdbc.getJdbcTemplate().query("SELECT a.seller_id, a.iso_week, a.case_id FROM stg_case a"
                    + " WHERE " + StorageOrder.runId("a") + " = ? AND a.origin = 'CUSTOMER' AND a.missed AND a.iso_week IS NOT NULL"
                    + " ORDER BY a.seller_id, a.iso_week, a.deadline_at, a.case_id", rs -> {
                        String key = key(rs.getString(1), rs.getString(2));
                        if (!key.equals(week.key)) {
                            week.close();
                            week.key = key;
                            week.missed = 0;
                            week.first.clear();
                        }
                        week.missed++;
                        if (week.first.size() < EXAMPLES) {
                            week.first.add(rs.getString(3));
                        }
                    }, run.runId());
            week.close();
            return found;
        }

        private static String key(String sellerId, String isoWeek) {
            return sellerId + '\u0000' + isoWeek;
        }
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
