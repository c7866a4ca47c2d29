package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * CPU-bound work on every core: a list cut into pieces, several per core, which the threads take one
 * after the other until none is left (so a thread that drew cheap pieces, short texts rather than
 * 20 KB e-mails, does not wait for the other); the results are returned in list order, so that outputs
 * do not depend on thread timing. The threads are daemons shared by the whole JVM; the calling thread
 * works along. The work must not touch the step's transaction.
 */
final class Parallel {

    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Pieces per thread: enough to even out, few enough to cost nothing. */
    private static final int PIECES_PER_THREAD = 8;
    /** Fewer items than this in a piece are not worth another thread. */
    private static final int MIN_PIECE = 4;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "comms-audit-worker");
        thread.setDaemon(true);
        return thread;
    });

    private Parallel() {
    }

    /** {@code work} applied to each piece of {@code items}; the results in the order of the pieces. */
    static <T, R> List<R> slices(List<T> items, Function<List<T>, R> work) {
        int pieces = Math.min(THREADS * PIECES_PER_THREAD, items.size() / MIN_PIECE);
        if (THREADS == 1 || pieces <= 1) {
            return List.of(work.apply(items));
        }
        int size = (items.size() + pieces - 1) / pieces;
        int count = (items.size() + size - 1) / size;
        List<R> results = new ArrayList<>(java.util.Collections.nCopies(count, null));
        AtomicInteger next = new AtomicInteger();
        Runnable take = () -> {
            for (int piece = next.getAndIncrement(); piece < count; piece = next.getAndIncrement()) {
                R result = work.apply(items.subList(piece * size, Math.min(items.size(), (piece + 1) * size)));
                synchronized (results) {
                    results.set(piece, result);
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>(THREADS - 1);
        for (int i = 1; i < THREADS; i++) {
            helpers.add(POOL.submit(take));
        }
        RuntimeException failed = null;
        try {
            take.run();
        } catch (RuntimeException e) {
            failed = e;
            next.set(count); // the helpers take no further piece
        }
        for (Future<?> helper : helpers) {
            try {
                helper.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while judging", e);
            } catch (ExecutionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
        synchronized (results) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(results));
        }
    }
}
