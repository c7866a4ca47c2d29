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
            List<List<Integer>> pieces = Parallel.slices(items, piece -> {
                if (!piece.isEmpty() && piece.get(0) % 2 == 0) {
                    busy(); // uneven pieces: some threads finish their pieces earlier and take more
                }
                return new ArrayList<>(piece);
            });
            assertThat(pieces.stream().flatMap(List::stream).toList()).as("size " + size).isEqualTo(items);
        }
    }

    @Test
    void throwsWhatAPieceThrew() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        assertThatThrownBy(() -> Parallel.slices(items, piece -> {
            if (piece.contains(150)) {
                throw new IllegalArgumentException("bad message 150");
            }
            return piece.size();
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad message 150");
    }

    private static void busy() {
        long until = System.nanoTime() + 200_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
