package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.List;
import nl.commsaudit.ingest.ExportReader;
import nl.commsaudit.ingest.ExportTable;
import nl.commsaudit.ingest.OrderStore;
import nl.commsaudit.ingest.RowValidator;
import nl.commsaudit.ingest.StagedRowsListener;
import nl.commsaudit.ingest.StagedSellers;
import nl.commsaudit.ingest.StagingWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * "stage": one chunked step per export file, in {@link ExportTable#stagingOrder()} (sellers first, so
 * that every other file's seller references can be checked). Good rows go to the staging tables, bad
 * rows to {@code stg_rejected}; at the end of each file the counts are reconciled and logged. Messages,
 * cases and calls are judged as they are staged ({@link MessageAudit}, {@link CaseAudit}, {@link CallAudit}).
 */
final class StageSteps {

    private static final Logger log = LoggerFactory.getLogger("comms-audit.stage");

    private final StepFactory steps;
    private final NamedParameterJdbcTemplate jdbc;

    StageSteps(StepFactory steps, NamedParameterJdbcTemplate jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
    }

    static String stepName(ExportTable table) {
        return "stage-" + table.sourceTable();
    }

    Step stage(AuditRun run, ExportTable table) {
        ExportReader reader = run.export().reader(table);
        StagedSellers sellers = new StagedSellers(jdbc.getJdbcTemplate()); // the writer and the message audit ask the same
        if (table == ExportTable.ORDERS) {
            StagingWriter writer = StagingWriter.orders(jdbc, run::runId, sellers, run::orders);
            // redone whole on every (re)start of the run: the order store is built by one step execution
            return steps.chunkRedoneOnRestart(stepName(table), reader, new RowValidator(), writer,
                    new OrderStaging(run), writer, new Reconciliation(run, table, reader));
        }
        MessageAudit audit = table == ExportTable.MESSAGES ? new MessageAudit(run, jdbc, run.detectors(), sellers) : null;
        StagedRowsListener judge = switch (table) {
            case MESSAGES -> audit;
            case CASES -> new CaseAudit(run, jdbc, sellers);
            case CALLS -> new CallAudit(run, sellers);
            default -> null;
        };
        StagingWriter writer = new StagingWriter(table, jdbc, run::runId, sellers, judge);
        List<StepListener> listeners = new ArrayList<>(List.of(writer, new Reconciliation(run, table, reader)));
        if (audit != null) {
            reader.tellAhead(audit); // judging starts as the rows are parsed
            listeners.add(releaseModels(run));
            listeners.add(audit); // after steps are told in reverse order: the audit stops judging before the models go
        }
        return steps.chunk(stepName(table), reader, new RowValidator(), writer, listeners.toArray(StepListener[]::new));
    }

    /**
     * Orders are staged in the run's {@link OrderStore}, a file without transactions, so stage-orders
     * does not continue from a checkpoint when its run is restarted: it starts again from the first row
     * with a new, empty store (whatever an interrupted or earlier execution left behind is thrown away,
     * and so are the orders it rejected). The step runs again on every restart, also after it completed,
     * as the store lives no longer than the JVM's run ({@code AuditJobFactory} deletes it at the end).
     */
    private final class OrderStaging implements StepExecutionListener {

        private final AuditRun run;

        OrderStaging(AuditRun run) {
            this.run = run;
        }

        @Override
        public void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
            ExecutionContext context = stepExecution.getExecutionContext();
            for (String key : context.entrySet().stream().map(java.util.Map.Entry::getKey).toList()) {
                if (!key.startsWith("batch.")) {
                    context.remove(key); // the reader's position of an interrupted execution: read from the start
                }
            }
            int dropped = jdbc.update("DELETE FROM stg_rejected WHERE run_id = :run_id AND file_order = :file_order",
                    new MapSqlParameterSource("run_id", run.runId()).addValue("file_order", ExportTable.ORDERS.ordinal()));
            OrderStore store = run.newOrderStore();
            log.info("orders: staging into {}{}", store.file().toAbsolutePath(),
                    dropped > 0 ? " from the first row again (" + dropped + " rejections of an earlier execution dropped)" : "");
        }

        @Override
        public ExitStatus afterStep(org.springframework.batch.core.step.StepExecution stepExecution) {
            if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
                run.orders().flush(); // a failed step leaves the store to be created anew by the restart
            }
            return null;
        }
    }

    /**
     * Only message rules ask a text's language: the models (~250 MB of heap) go when the messages are
     * done, unless another run of this JVM may still be judging messages with them.
     */
    private static StepExecutionListener releaseModels(AuditRun run) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(org.springframework.batch.core.step.StepExecution stepExecution) {
                ActiveRuns.whenAlone(run.detectors()::releaseModels, () -> { });
                return null;
            }
        };
    }

    /** Rows read = rows staged + rows rejected, per file; a difference fails the step (nothing may get lost). */
    private final class Reconciliation implements StepExecutionListener {

        private final AuditRun run;
        private final ExportTable table;
        private final ExportReader reader;

        Reconciliation(AuditRun run, ExportTable table, ExportReader reader) {
            this.run = run;
            this.table = table;
            this.reader = reader;
        }

        @Override
        public ExitStatus afterStep(org.springframework.batch.core.step.StepExecution stepExecution) {
            if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
                return null;
            }
            MapSqlParameterSource parameters = new MapSqlParameterSource("run_id", run.runId())
                    .addValue("file_order", table.ordinal());
            long staged = table == ExportTable.ORDERS ? run.orders().size() : jdbc.queryForObject(
                    "SELECT COUNT(*) FROM " + table.stagingTable() + " WHERE run_id = :run_id", parameters, Long.class);
            long rejected = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM stg_rejected WHERE run_id = :run_id AND file_order = :file_order", parameters, Long.class);
            long read = reader.rowsRead();
            stepExecution.getExecutionContext().putLong(StepTotals.READ, read);
            stepExecution.getExecutionContext().putLong(StepTotals.STAGED, staged);
            stepExecution.getExecutionContext().putLong(StepTotals.REJECTED, rejected);
            if (read != staged + rejected) {
                log.error("{}: {} rows read but {} staged + {} rejected: rows went missing", table.sourceTable(),
                        read, staged, rejected);
                stepExecution.setStatus(BatchStatus.FAILED);
                return ExitStatus.FAILED.addExitDescription("rows read and rows staged + rejected differ for " + table.sourceTable());
            }
            log.info("{}: {} rows read = {} staged + {} rejected", table.sourceTable(), read, staged, rejected);
            return null;
        }
    }
}
