package nl.commsaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void givesThePiecesResultsInListOrderWhateverTheirCost() {
        for (int size : new int[] {0, 1, 3, 17, 100, 1_001}) {
            List<Integer> items = IntStream.range(0, size).boxed().toList();
            List<List<Integer>> pieces = Parallel.<Integer, List<Integer>>start(items, piece -> {
                if (!piece.isEmpty() && piece.get(0) % 2 == 0) {
                    busy(); // uneven pieces: some threads finish their pieces earlier and take more
                }
                return new ArrayList<>(piece);
            }).join();
            assertThat(pieces.stream().flatMap(List::stream).toList()).as("size " + size).isEqualTo(items);
        }
    }

    @Test
    void throwsWhatAPieceThrew() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        assertThatThrownBy(() -> Parallel.start(items, piece -> {
            if (piece.contains(150)) {
                throw new IllegalArgumentException("bad message 150");
            }
            return piece.size();
        }).join()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad message 150");
    }

    @Test
    void startedWorkGoesOnWhileTheCallerDoesSomethingElseAndJoinGivesItInOrder() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        Parallel.Pending<List<Integer>> pending = Parallel.start(items, piece -> {
            busy();
            return new ArrayList<>(piece);
        });
        busy(); // the caller's own work (the staging insert)
        assertThat(pending.join().stream().flatMap(List::stream).toList()).isEqualTo(items);
    }

    @Test
    void cancelStartsNoFurtherPieceAndReturnsWhenThoseUnderWayAreDone() throws Exception {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        Parallel.Pending<Integer> pending = Parallel.start(items, piece -> {
            started.incrementAndGet();
            running.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return piece.size();
        });
        pending.cancel();
        int afterCancel = started.get();
        assertThat(running.get()).isZero();
        Thread.sleep(100);
        assertThat(started.get()).isEqualTo(afterCancel).isLessThan(Parallel.THREADS * 8);
    }

    private static void busy() {
        long until = System.nanoTime() + 200_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void anExecutedTaskRunsOnceWhetherThePoolOrTheCallerGetsToItFirst() throws Exception {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.FutureTask<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            java.util.concurrent.FutureTask<Integer> task = new java.util.concurrent.FutureTask<>(() -> {
                runs.incrementAndGet();
                return n * n;
            });
            tasks.add(task);
            Parallel.execute(task);
        }
        for (int i = tasks.size() - 1; i >= 0; i--) {
            tasks.get(i).run(); // the caller helps from the other end: some it runs, some the pool has run
        }
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(tasks.get(i).get()).isEqualTo(i * i);
        }
        Thread.sleep(50); // the pool's turn at the tasks the caller ran: nothing happens
        assertThat(runs).hasValue(200);
    }
}
