package nl.commsaudit.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import nl.commsaudit.ingest.Export;
import nl.commsaudit.ingest.RootCause;
import nl.commsaudit.ingest.UnusableExportException;
import nl.commsaudit.rules.RuleSettings;
import nl.commsaudit.text.TextDetectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs one audit through Spring Batch. A run is identified by its input, output, as-of day and job
 * definition plus a run number: when the last run with the same identity failed or was killed, it is
 * restarted from its last checkpoint; when it completed, the night is audited again as a new run that
 * replaces the outputs.
 */
@Component
public class BatchAuditRunner implements AuditRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchAuditRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final AuditJobFactory jobFactory;
    private final JobDefinitionRules definitionRules;
    private final Environment configuration;

    public BatchAuditRunner(JobOperator jobOperator, JobRepository jobRepository, AuditJobFactory jobFactory,
            JobDefinitionRules definitionRules, Environment configuration) {
        this.configuration = configuration;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobFactory = jobFactory;
        this.definitionRules = definitionRules;
    }

    @Override
    public AuditOutcome run(AuditRequest request) {
        try (Export export = request.input().open(configuration)) {
            return run(request, export);
        } catch (UnusableExportException e) {
            return AuditOutcome.failed(e.getMessage());
        }
    }

    private AuditOutcome run(AuditRequest request, Export export) {
        AuditRun run;
        try {
            export.check();
            Files.createDirectories(request.output());
            RuleSettings settings = definitionRules.load(request.definition());
            run = new AuditRun(request, settings, TextDetectors.load(definitionRules.lexicons(request.definition())))
                    .withReports(request.workbooks(), definitionRules.maskPersonalData(request.definition()))
                    .withExport(export)
                    .withWorkDir(java.nio.file.Path.of(configuration.getProperty("comms-audit.work-dir", "work")));
        } catch (UnusableExportException | IllegalArgumentException e) {
            return AuditOutcome.failed(e.getMessage());
        } catch (IOException e) {
            return AuditOutcome.failed("cannot create output folder " + request.output().toAbsolutePath() + ": " + e);
        }
        Job job = jobFactory.create(run);
        run.warmUpDetectors();
        ActiveRuns.started();
        try {
            JobParameters parameters = nextParameters(request);
            log.info("audit of {} as of {} into {} (run {})", export.describe(), request.asOf(),
                    request.output().toAbsolutePath(), parameters.getLong("run"));
            JobExecution execution = jobOperator.start(job, parameters);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return AuditOutcome.completed("audit of " + request.asOf() + " completed: outputs in "
                        + request.output().toAbsolutePath());
            }
            return AuditOutcome.failed("audit of " + request.asOf() + " " + execution.getStatus().name().toLowerCase()
                    + ": " + reason(execution.getAllFailureExceptions(), execution));
        } catch (Exception e) {
            log.error("audit could not run", e);
            return AuditOutcome.failed("audit could not run: " + RootCause.firstLine(e));
        } finally {
            ActiveRuns.ended();
        }
    }

    /**
     * The parameters of this night's run: the last run of the same identity again when it did not
     * complete (recovering one that a killed JVM left STARTED), else a new run number.
     */
    private JobParameters nextParameters(AuditRequest request) {
        long number = 1;
        JobInstance last = null;
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(AuditJobFactory.JOB_NAME, parameters(request, number));
            if (instance == null) {
                break;
            }
            last = instance;
            number++;
        }
        if (last == null) {
            return parameters(request, 1);
        }
        JobExecution lastExecution = jobRepository.getLastJobExecution(last);
        if (lastExecution == null) {
            // The run was recorded but not its first execution: Spring Batch records the two in separate
            // transactions, and H2 writes its file every half second, so a JVM killed in between leaves
            // such a run behind on disk (nothing of it was staged, as that comes after). Spring Batch cannot
            // restart a run without an execution: it is removed and started again under its own number.
            log.warn("run {} was recorded without an execution (the process was killed as it started?): starting it again",
                    number - 1);
            jobRepository.deleteJobInstance(last);
            return parameters(request, number - 1);
        }
        BatchStatus status = lastExecution.getStatus();
        if (status.isRunning()) {
            log.warn("run {} was left {} (the process was killed?): marking it failed and restarting it",
                    number - 1, status);
            jobOperator.recover(lastExecution);
            return parameters(request, number - 1);
        }
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            log.info("restarting run {} from its last checkpoint", number - 1);
            return parameters(request, number - 1);
        }
        return parameters(request, number);
    }

    private static JobParameters parameters(AuditRequest request, long number) {
        return new JobParametersBuilder()
                .addString("input", request.input().describe())
                .addString("output", request.output().toAbsolutePath().normalize().toString())
                .addString("as-of", request.asOf().toString())
                .addString("definition", request.definition() == null ? ""
                        : request.definition().toAbsolutePath().normalize().toString())
                .addLong("run", number)
                .toJobParameters();
    }

    private static String reason(List<Throwable> failures, JobExecution execution) {
        if (failures.isEmpty()) {
            String description = execution.getExitStatus().getExitDescription();
            return description == null || description.isBlank() ? "see the log" : description.lines().findFirst().orElse("");
        }
        return RootCause.firstLine(failures.get(0));
    }
}
