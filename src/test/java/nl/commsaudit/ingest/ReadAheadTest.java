package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void givesTheSourcesItemsInOrderThenNull() {
        Iterator<Integer> source = IntStream.range(0, 10_000).iterator();
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test", () -> source.hasNext() ? source.next() : null, 8)) {
            for (Integer item = ahead.next(); item != null; item = ahead.next()) {
                seen.add(item);
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(seen).isEqualTo(IntStream.range(0, 10_000).boxed().toList());
    }

    @Test
    void throwsTheSourcesFailureWhereItHappened() {
        AtomicInteger count = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test", () -> {
            int next = count.getAndIncrement();
            if (next == 3) {
                throw new IllegalStateException("disk gone");
            }
            return next;
        }, 8)) {
            assertThat(ahead.next()).isZero();
            assertThat(ahead.next()).isEqualTo(1);
            assertThat(ahead.next()).isEqualTo(2);
            assertThatThrownBy(ahead::next).hasMessage("disk gone");
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void stopsReadingWhenClosedEarly() {
        AtomicInteger produced = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>("test", produced::incrementAndGet, 4); // an endless source
        assertThat(ahead.next()).isEqualTo(1);
        ahead.close(); // returns although the reading thread was blocked on a full queue
        int stopped = produced.get();
        assertThat(stopped).as("read ahead: bounded by the queue").isLessThanOrEqualTo(7);
        assertThat(produced.get()).as("no reading after close").isEqualTo(stopped);
    }
}
