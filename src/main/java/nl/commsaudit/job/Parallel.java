package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * CPU-bound work on every core: a list cut into pieces, several per core, which the threads take one
 * after the other until none is left (so a thread that drew cheap pieces, short texts rather than
 * 20 KB e-mails, does not wait for the other); the results are returned in list order, so that outputs
 * do not depend on thread timing. The threads are daemons shared by the whole JVM. The calling thread
 * may do other work meanwhile (the staging inserts) and then joins in. The work must not write: on the
 * pool's threads it runs outside the step's transaction (a query there takes a connection of its own, and
 * sees what earlier steps committed), on the caller's inside it.
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

    /**
     * Runs a task on the pool's threads when one is free, after the tasks before it. The caller may run
     * the task itself when it needs the result before a thread got to it (a {@link FutureTask} runs once).
     */
    static void execute(FutureTask<?> task) {
        POOL.execute(task);
    }

    /**
     * Starts {@code work} on each piece of {@code items} on the pool's threads and returns at once; the
     * caller gets the results, in the order of the pieces, from {@link Pending#join}, where it works
     * along on the pieces not yet taken.
     */
    static <T, R> Pending<R> start(List<T> items, Function<List<T>, R> work) {
        int pieces = Math.min(THREADS * PIECES_PER_THREAD, items.size() / MIN_PIECE);
        if (THREADS == 1 || pieces <= 1) {
            return new Pending<>(1, piece -> work.apply(items), 0); // all in the caller, at join
        }
        int size = (items.size() + pieces - 1) / pieces;
        int count = (items.size() + size - 1) / size;
        return new Pending<>(count, piece -> work.apply(items.subList(piece * size, Math.min(items.size(), (piece + 1) * size))),
                THREADS);
    }

    /** Work under way on the pool: {@link #join} for its results, {@link #cancel} when they are no longer wanted. */
    static final class Pending<R> {

        private final int count;
        private final java.util.function.IntFunction<R> piece;
        private final List<R> results;
        private final AtomicInteger next = new AtomicInteger();
        private final List<Future<?>> helpers = new ArrayList<>();

        private Pending(int count, java.util.function.IntFunction<R> piece, int helpers) {
            this.count = count;
            this.piece = piece;
            this.results = new ArrayList<>(Collections.nCopies(count, null));
            for (int i = 0; i < helpers; i++) {
                this.helpers.add(POOL.submit(this::take));
            }
        }

        private void take() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                R result = piece.apply(i);
                synchronized (results) {
                    results.set(i, result);
                }
            }
        }

        /** The results in the order of the pieces, once all are done; the caller takes pieces too. */
        List<R> join() {
            RuntimeException failed = null;
            try {
                take();
            } catch (RuntimeException e) {
                failed = e;
                next.set(count); // the helpers take no further piece
            }
            failed = await(failed);
            if (failed != null) {
                throw failed;
            }
            synchronized (results) {
                return Collections.unmodifiableList(new ArrayList<>(results));
            }
        }

        /** No further piece is started; returns when the pieces under way are done (their results are dropped). */
        void cancel() {
            next.set(count);
            await(null);
        }

        private RuntimeException await(RuntimeException failed) {
            for (Future<?> helper : helpers) {
                try {
                    helper.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    next.set(count);
                    throw new IllegalStateException("interrupted while judging", e);
                } catch (ExecutionException e) {
                    next.set(count);
                    if (failed == null) {
                        failed = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                    }
                }
            }
            return failed;
        }
    }
}
