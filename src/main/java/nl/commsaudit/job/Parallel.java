package nl.commsaudit.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * CPU-bound work on every core: a list cut into one slice per core, the slices worked on at the same
 * time, the results returned in slice order (so that outputs do not depend on thread timing). The
 * threads are daemons shared by the whole JVM. The work must not touch the step's transaction.
 */
final class Parallel {

    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, runnable -> {
        Thread thread = new Thread(runnable, "comms-audit-worker");
        thread.setDaemon(true);
        return thread;
    });

    private Parallel() {
    }

    /** {@code work} applied to each slice of {@code items}; the last slice runs in the calling thread. */
    static <T, R> List<R> slices(List<T> items, Function<List<T>, R> work) {
        int slices = Math.min(THREADS, Math.max(1, items.size() / 16));
        if (slices == 1) {
            return List.of(work.apply(items));
        }
        int size = (items.size() + slices - 1) / slices;
        List<Future<R>> futures = new ArrayList<>(slices - 1);
        for (int from = 0; from + size < items.size(); from += size) {
            List<T> slice = items.subList(from, from + size);
            futures.add(POOL.submit(() -> work.apply(slice)));
        }
        R last = work.apply(items.subList(futures.size() * size, items.size()));
        List<R> results = new ArrayList<>(slices);
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while judging", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        results.add(last);
        return results;
    }
}
