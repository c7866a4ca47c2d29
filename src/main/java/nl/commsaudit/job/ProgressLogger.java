package nl.commsaudit.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;

/**
 * Logs a step's progress while it runs — rows done and the rate — at most every few seconds, so an
 * operator watching a long night sees that it moves. One instance per step.
 */
final class ProgressLogger implements ItemReadListener<Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("comms-audit.progress");
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private String step;
    private long rows;
    private long started;
    private long lastLog;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        rows = 0;
        started = System.nanoTime();
        lastLog = started;
        log.info("{}: started", step);
    }

    @Override
    public void afterRead(Object item) {
        HangPoint.reached(step, rows);
        rows++;
        if ((rows & 1023) == 0) {
            long now = System.nanoTime();
            if (now - lastLog >= INTERVAL_NANOS) {
                lastLog = now;
                log.info("{}: {} rows ({} rows/s)", step, String.format("%,d", rows), rate(rows, now - started));
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long elapsed = System.nanoTime() - started;
        log.info("{}: {} after {} rows in {} s ({} rows/s)", step, stepExecution.getStatus(),
                String.format("%,d", rows), String.format("%.1f", elapsed / 1e9), rate(rows, elapsed));
        return null;
    }

    /** Progress of a step that is not chunked (a tasklet): {@link #tick()} after each unit of work. */
    static final class Ticker {

        private final String step;
        private final String unit;
        private final long started = System.nanoTime();
        private long lastLog = started;
        private long done;

        Ticker(String step, String unit) {
            this.step = step;
            this.unit = unit;
            log.info("{}: started", step);
        }

        void tick() {
            done++;
            long now = System.nanoTime();
            if (now - lastLog >= INTERVAL_NANOS) {
                lastLog = now;
                log.info("{}: {} {} ({}/s)", step, String.format("%,d", done), unit, rate(done, now - started));
            }
        }

        void finished() {
            long elapsed = System.nanoTime() - started;
            log.info("{}: {} {} in {} s ({}/s)", step, String.format("%,d", done), unit,
                    String.format("%.1f", elapsed / 1e9), rate(done, elapsed));
        }
    }

    private static String rate(long rows, long nanos) {
        return nanos <= 0 ? "-" : String.format("%,d", (long) (rows / (nanos / 1e9)));
    }
}
