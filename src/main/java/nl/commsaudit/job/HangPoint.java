package nl.commsaudit.job;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A test aid for the crash-and-restart tests, off unless the JVM is started with
 * {@code -Dcomms-audit.hang-at=STEP:N}: when step STEP reaches item N (for a chunked step: when it reads
 * row N + 1, so that the chunks before it have been committed; for {@code workbooks}: after the N-th
 * seller workbook; in a partitioned step, in each partition), or with {@code STEP:end} when a chunked
 * step has committed its last chunk (the first one shorter than the chunk size) but is not yet recorded
 * as completed, it stops moving: it waits a second (H2 writes its file every half second, so what was
 * committed is then on disk), prints
 * {@code hanging at STEP:N} on stdout and sleeps, so that the test can kill the process with SIGKILL at
 * a known place. Never set in production.
 */
final class HangPoint {

    static final String PROPERTY = "comms-audit.hang-at";

    private static final String STEP;
    private static final long COUNT;
    /** The {@code N} of {@code STEP:end}. */
    private static final long END = Long.MIN_VALUE;

    static {
        String value = System.getProperty(PROPERTY, "");
        int colon = value.lastIndexOf(':');
        STEP = colon > 0 ? value.substring(0, colon) : null;
        String count = value.substring(colon + 1);
        COUNT = colon <= 0 ? -1 : count.equals("end") ? END : Long.parseLong(count);
    }

    private HangPoint() {
    }

    /** Called as a step goes: {@code count} items done in {@code step}. */
    static void reached(String step, long count) {
        if (count == COUNT && at(step)) {
            hang(step + ":" + count);
        }
    }

    /** The listener for {@code STEP:end} that a chunked step needs, or null when there is no such hang point. */
    static ChunkListener<Object, Object> atEnd(String step, int chunkSize) {
        if (COUNT != END || !at(step)) {
            return null;
        }
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> chunk) {
                if (chunk.size() < chunkSize) { // called inside the chunk's transaction: hang once it committed
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            hang(step + ":end");
                        }
                    });
                }
            }
        };
    }

    /** Whether the hang point is in {@code step} (or, for a partitioned step, in each of its partitions). */
    private static boolean at(String step) {
        return STEP != null && (STEP.equals(step) || StepFactory.isPartitionOf(step, STEP));
    }

    private static void hang(String where) {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println("hanging at " + where);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
