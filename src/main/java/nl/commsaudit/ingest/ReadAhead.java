package nl.commsaudit.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Reads ahead on a thread of its own: the items of a source, in order, into a bounded queue, so that
 * parsing the next records of a file overlaps with what the step does with the last ones (judging and
 * staging them). Memory stays bounded by the queue's capacity. The consumer sees exactly the source's
 * items in the source's order, then {@code null}; a failure of the source is thrown to the consumer
 * when it reaches that point.
 *
 * @param <T> the items
 */
final class ReadAhead<T> implements AutoCloseable {

    private static final Object END = new Object();

    private record Failure(RuntimeException error) {
    }

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /** @param source gives the next item, {@code null} at the end */
    ReadAhead(String name, Supplier<T> source, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> produce(source), "read-ahead-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Supplier<T> source) {
        try {
            for (T item = source.get(); item != null && !closed; item = source.get()) {
                queue.put(item);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed by the consumer
        } catch (RuntimeException e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next item, or {@code null} after the last. */
    @SuppressWarnings("unchecked")
    T next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next record", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            throw failure.error();
        }
        return (T) item;
    }

    /** Stops reading ahead; returns when the reading thread has stopped using the source. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
