package nl.commsaudit.job;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Records, at the end of each step, the findings it wrote (in its execution context, key
 * {@value #FINDINGS}), so that the closing table of the job can show them even for steps that ran
 * before a restart.
 */
final class StepTotals implements StepExecutionListener {

    static final String FINDINGS = "audit.findings";
    static final String READ = "audit.rows.read";
    static final String STAGED = "audit.rows.staged";
    static final String REJECTED = "audit.rows.rejected";

    private static final Logger log = LoggerFactory.getLogger(StepTotals.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final LongSupplier runId;

    StepTotals(NamedParameterJdbcTemplate jdbc, LongSupplier runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            Long findings = jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE run_id = :run_id AND step_name = :step",
                    new MapSqlParameterSource("run_id", runId.getAsLong()).addValue("step", stepExecution.getStepName()),
                    Long.class);
            stepExecution.getExecutionContext().putLong(FINDINGS, findings == null ? 0 : findings);
        } catch (RuntimeException e) {
            log.warn("{}: could not count its findings: {}", stepExecution.getStepName(), e.getMessage());
        }
        return null;
    }
}
