package nl.commsaudit.job;

import java.util.List;
import javax.sql.DataSource;
import nl.commsaudit.ingest.ExportTable;
import nl.commsaudit.output.CsvOutputs;
import nl.commsaudit.report.OverviewWorkbook;
import nl.commsaudit.report.SellerWorkbook;
import nl.commsaudit.rules.RuleCatalog;
import nl.commsaudit.rules.bol.service.BolSvcPhoneNormRule;
import nl.commsaudit.rules.bol.service.BolSvcResponseNormRule;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly audit job, one object graph per run (so that runs of several job definitions never share
 * a reader). Its steps, in order:
 * <ol>
 *   <li>{@code stage-<file>} for each export file: read, validate, stage or reject; the rows that need
 *       nothing but themselves and their seller are judged as they are staged: messages (the message
 *       rules), cases (the bol.com response times, {@link CaseAudit}) and calls ({@link CallAudit});</li>
 *   <li>{@code index-staged}: the staging tables' indexes that were left out while loading ({@link DeferredIndexes});</li>
 *   <li>{@code audit-weeks}: the bol.com weekly warnings from the measured cases;</li>
 *   <li>{@code audit-reviews} (partitioned by seller): which reviews of BOL sellers may be removed, and why;</li>
 *   <li>{@code audit-review-repeats}: repeated review requests per Amazon order (the other message rules
 *       of both marketplaces run in {@code stage-messages});</li>
 *   <li>{@code audit-sellers}: seller-level rules and the summary figures;</li>
 *   <li>{@code index-workbooks}: likewise, the indexes only the workbooks read, if the run writes them;</li>
 *   <li>{@code export}: findings.csv, seller-summary.csv, rejected.csv, atomically;</li>
 *   <li>{@code workbooks}: one Excel workbook per seller account, partitioned by seller;
 *       {@code overview}: {@code overview.xlsx};</li>
 *   <li>{@code cleanup}: the run's staging rows are removed.</li>
 * </ol>
 * When the job ends, completed or not, the run's order store (ingest/OrderStore) is deleted.
 * A step that completed is not run again when a failed run is restarted, except stage-orders (StageSteps)
 * and the two index steps.
 */
@Component
public class AuditJobFactory {

    public static final String JOB_NAME = "comms-audit";
    /** The rule catalogue the findings come from (rules.md v1). */
    static final String RULE_SET_VERSION = "rules.md v1";
    static final String EXPORT = "export";
    static final String CLEANUP = "cleanup";
    static final String WORKBOOKS = "workbooks";
    static final String OVERVIEW = "overview";

    private static final String[] RUN_TABLES = {"finding", "seller_metrics", "review_assessment",
            "stg_rejected", "stg_review_request", "stg_review", "stg_call", "stg_case", "stg_message", "stg_seller"};

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final int chunkSize;

    public AuditJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DataSource dataSource, @Value("${comms-audit.chunk-size:1000}") int chunkSize) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.chunkSize = chunkSize;
    }

    public Job create(AuditRun run) {
        StepFactory steps = new StepFactory(jobRepository, transactionManager, chunkSize,
                new StepTotals(jdbc, run::runId), dataSource);
        StageSteps stage = new StageSteps(steps, jdbc);
        ServiceNormSteps service = new ServiceNormSteps(steps, jdbc);
        SellerSteps sellers = new SellerSteps(steps, jdbc);
        ReviewSteps reviews = new ReviewSteps(steps, jdbc);
        AmazonSteps amazon = new AmazonSteps(steps, jdbc);
        DeferredIndexes indexes = new DeferredIndexes(jdbc.getJdbcTemplate(), h2());
        SellerRange.Work work = new SellerRange.Work(jdbc, run);

        SimpleJobBuilder job = null;
        for (ExportTable table : ExportTable.stagingOrder()) {
            Step step = stage.stage(run, table);
            job = job == null ? new JobBuilder(JOB_NAME, jobRepository).start(step) : job.next(step);
        }
        return job
                .next(indexStep(steps, DeferredIndexes.STAGED_STEP, indexes, DeferredIndexes.STAGED))
                .next(service.auditWeeks(run))
                .next(reviews.auditReviews(run, work))
                .next(amazon.auditReviewRepeats(run))
                .next(sellers.auditSellers(run, work))
                .next(indexStep(steps, DeferredIndexes.WORKBOOKS_STEP, indexes, run.workbooks() ? DeferredIndexes.WORKBOOKS : List.of()))
                .next(steps.tasklet(EXPORT, (contribution, context) -> {
                    CsvOutputs.Written written = new CsvOutputs(jdbc.getJdbcTemplate())
                            .write(run.runId(), run.request().output());
                    contribution.incrementWriteCount(written.findings() + written.sellers() + written.rejected());
                    return RepeatStatus.FINISHED;
                }))
                .next(steps.partitioned(WORKBOOKS, run.workbooks() ? work.workbooks() : work.audit(), (name, range) ->
                        steps.tasklet(name, (contribution, context) -> {
                            if (run.workbooks()) {
                                contribution.incrementWriteCount(writeWorkbooks(run, name, range));
                            }
                            return RepeatStatus.FINISHED;
                        })))
                .next(steps.tasklet(OVERVIEW, (contribution, context) -> {
                    if (run.workbooks()) {
                        new OverviewWorkbook(jdbc).write(run.runId(), run.request().asOf(), run.request().output());
                    }
                    return RepeatStatus.FINISHED;
                }))
                .next(steps.tasklet(CLEANUP, (contribution, context) -> {
                    deleteRun(run.runId());
                    return RepeatStatus.FINISHED;
                }))
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution jobExecution) {
                        run.started(jobExecution.getJobInstance().getInstanceId());
                        indexes.defer();
                    }

                    @Override
                    public void afterJob(JobExecution jobExecution) {
                        run.closeOrders(); // a restart stages the orders again (StageSteps)
                    }
                })
                .listener(new JobSummary(jobRepository))
                .build();
    }

    private static Step indexStep(StepFactory steps, String name, DeferredIndexes indexes, List<DeferredIndexes.Index> which) {
        return steps.taskletOnEveryStart(name, (contribution, context) -> {
            indexes.build(which);
            return RepeatStatus.FINISHED;
        });
    }

    /**
     * One workbook per seller account of a partition, each regenerated whole (a workbook cannot be
     * appended to after a crash; a restarted partition writes all of its workbooks again).
     */
    private long writeWorkbooks(AuditRun run, String stepName, SellerRange sellers) throws java.io.IOException {
        RuleCatalog rules = run.rules();
        SellerWorkbook.RunInfo info = new SellerWorkbook.RunInfo(run.runId(), run.request().asOf(), RULE_SET_VERSION,
                run.maskPersonalData(), rules.titles(),
                rules.settings().number(rules.rule(BolSvcResponseNormRule.ID), "min-on-time-pct", 90),
                rules.settings().number(rules.rule(BolSvcPhoneNormRule.ID), "min-answered-pct", 90),
                rules.weeklyWarning().threshold());
        SellerWorkbook workbook = new SellerWorkbook(jdbc);
        ProgressLogger.Ticker progress = new ProgressLogger.Ticker(stepName, "workbooks");
        long written = 0;
        for (String sellerId : jdbc.getJdbcTemplate().query("SELECT seller_id FROM stg_seller WHERE run_id = ? AND "
                + SellerRange.condition("seller_id") + " ORDER BY seller_id", ps -> {
                    ps.setLong(1, run.runId());
                    sellers.bind(ps, 2);
                }, (rs, i) -> rs.getString(1))) {
            workbook.write(info, sellerId, run.request().output());
            written++;
            progress.tick();
            HangPoint.reached(WORKBOOKS, written);
        }
        progress.finished();
        return written;
    }

    /**
     * Removes every staging row of a run. On H2 (one JVM per database file), a table that holds no
     * other run's rows is emptied with TRUNCATE when no other run of this JVM is under way; otherwise,
     * and always on PostgreSQL (which other JVMs may share), the run's rows are deleted.
     */
    void deleteRun(long runId) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("run_id", runId);
        for (String table : RUN_TABLES) {
            Runnable delete = () -> jdbc.update("DELETE FROM " + table + " WHERE run_id = :run_id", parameters);
            if (!h2()) {
                delete.run();
                continue;
            }
            ActiveRuns.whenAlone(() -> {
                var range = jdbc.queryForMap("SELECT MIN(run_id) AS low, MAX(run_id) AS high FROM " + table, parameters);
                Object low = range.get("low");
                Object high = range.get("high");
                if (low == null) {
                    return; // empty
                }
                if (((Number) low).longValue() == runId && ((Number) high).longValue() == runId) {
                    jdbc.getJdbcTemplate().execute("TRUNCATE TABLE " + table);
                } else {
                    delete.run();
                }
            }, delete);
        }
    }

    private boolean h2() {
        if (h2 == null) {
            h2 = jdbc.getJdbcTemplate().execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT).contains("h2");
        }
        return h2;
    }

    private Boolean h2;
}
