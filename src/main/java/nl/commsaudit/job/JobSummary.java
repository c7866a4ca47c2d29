package nl.commsaudit.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Ends every run with one table: per step its status, rows read, rejected, findings and time. Steps
 * that completed in an earlier execution of a restarted run are shown from that execution.
 */
final class JobSummary implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("comms-audit.summary");

    private final JobRepository jobRepository;

    JobSummary(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
        HeapPeak.start(); // before the job runs
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        Map<String, StepExecution> steps = new LinkedHashMap<>();
        List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(jobExecution.getJobInstance()));
        executions.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        for (JobExecution execution : executions) {
            for (StepExecution step : execution.getId() == jobExecution.getId()
                    ? jobExecution.getStepExecutions() : execution.getStepExecutions()) {
                if (!StepFactory.isPartition(step.getStepName())) { // partitions add up in their step
                    steps.put(step.getStepName(), step);
                }
            }
        }
        log.info("\n{}{}", table(jobExecution, steps.values()), peakHeap());
    }

    static String table(JobExecution jobExecution, Iterable<StepExecution> steps) {
        StringBuilder out = new StringBuilder();
        String format = "%-22s %-10s %12s %10s %10s %10s%n";
        out.append(String.format("Audit run %d (%s): %s%n", jobExecution.getJobInstance().getInstanceId(),
                jobExecution.getJobParameters().getString("as-of"), jobExecution.getStatus()));
        out.append(String.format(format, "step", "status", "rows read", "rejected", "findings", "seconds"));
        long read = 0;
        long rejected = 0;
        long findings = 0;
        double seconds = 0;
        for (StepExecution step : steps) {
            ExecutionContext context = step.getExecutionContext();
            long stepRead = context.containsKey(StepTotals.READ) ? context.getLong(StepTotals.READ) : step.getReadCount();
            long stepRejected = context.containsKey(StepTotals.REJECTED) ? context.getLong(StepTotals.REJECTED) : 0;
            long stepFindings = context.containsKey(StepTotals.FINDINGS) ? context.getLong(StepTotals.FINDINGS) : 0;
            double stepSeconds = seconds(step.getStartTime(), step.getEndTime());
            if (step.getStepName().startsWith("stage-")) {
                read += stepRead;
                rejected += stepRejected;
            }
            if (!step.getStepName().equals(AuditJobFactory.EXPORT)) {
                findings += stepFindings;
            }
            seconds += stepSeconds;
            out.append(String.format(format, step.getStepName(), step.getStatus(), String.format("%,d", stepRead),
                    String.format("%,d", stepRejected), String.format("%,d", stepFindings), String.format("%.1f", stepSeconds)));
        }
        out.append(String.format(format, "total (input rows)", jobExecution.getStatus(), String.format("%,d", read),
                String.format("%,d", rejected), String.format("%,d", findings), String.format("%.1f", seconds)));
        return out.toString();
    }

    /** The most heap in use at one moment ({@link HeapPeak}) and the limit ({@code -Xmx}). The benchmark reads this line. */
    static String peakHeap() {
        return String.format("peak heap used: %d MB of a %d MB heap (-Xmx)", HeapPeak.bytes() >> 20, HeapPeak.limitBytes() >> 20);
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return 0;
        }
        return Duration.between(start, end).toMillis() / 1000.0;
    }
}
