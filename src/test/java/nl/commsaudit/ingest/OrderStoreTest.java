package nl.commsaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderStoreTest {

    private static final Instant WINDOW_START = Instant.parse("2026-10-21T22:00:00Z");
    private static final Instant WINDOW_END = Instant.parse("2026-11-20T23:00:00Z");

    @TempDir
    Path temp;

    private static StageItem.Valid order(long line, String id, String seller, String orderedAt, String completedAt,
            String language, Long items) {
        return new StageItem.Valid(ExportTable.ORDERS, line, new Object[] {id, seller, time(orderedAt),
                LocalDate.of(2026, 11, 25), time(completedAt), language, items}, null, null);
    }

    private static OffsetDateTime time(String value) {
        return value == null ? null : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Test
    void anOrderComesBackAsStagedWithItsLine() {
        try (OrderStore store = OrderStore.create(temp.resolve("o.mv.db"), WINDOW_START, WINDOW_END)) {
            store.stage(List.of(
                    order(2, "O-1", "S1", "2026-11-18T09:15:30.250+01:00", "2026-11-19T14:00:00Z", "nl", 3L),
                    order(3, "O-2", "S2", "2026-11-01T10:00:00Z", null, null, null)));
            store.flush();
            assertThat(store.get("O-1")).isEqualTo(new OrderStore.Order(2, "S1", Instant.parse("2026-11-18T08:15:30.250Z"),
                    Instant.parse("2026-11-19T14:00:00Z"), "nl", 3L));
            assertThat(store.get("O-2")).isEqualTo(new OrderStore.Order(3, "S2", Instant.parse("2026-11-01T10:00:00Z"),
                    null, null, null));
            assertThat(store.get("O-3")).isNull();
            assertThat(store.get(null)).isNull();
            assertThat(store.size()).isEqualTo(2);
            assertThat(store.firstLines(List.of("O-2", "O-3", "O-1"))).isEqualTo(Map.of("O-1", 2L, "O-2", 3L));
        }
    }

    @Test
    void itemsAreSummedPerSellerOverTheWindowOnly() {
        try (OrderStore store = OrderStore.create(temp.resolve("o.mv.db"), WINDOW_START, WINDOW_END)) {
            store.stage(List.of(
                    order(2, "A", "S1", "2026-10-21T22:00:00Z", null, null, 2L), // the window's first instant: in
                    order(3, "B", "S1", "2026-10-21T21:59:59Z", null, null, 50L), // just before it: out
                    order(4, "C", "S1", "2026-11-20T22:59:59Z", null, null, null))); // no count: one item
            store.stage(List.of(
                    order(5, "D", "S1", "2026-11-20T23:00:00Z", null, null, 70L), // the window's end: out
                    order(6, "E", "S1", "2026-11-05T12:00:00Z", null, null, 4L),
                    order(7, "F", "S2", "2026-11-05T12:00:00Z", null, null, 0L)));
            store.flush();
            assertThat(store.itemsInWindow("S1")).isEqualTo(2 + 1 + 4);
            assertThat(store.itemsInWindow("S2")).isZero();
            assertThat(store.itemsInWindow("S3")).isZero();
        }
    }

    @Test
    void aNewStoreStartsEmptyAndClosingDeletesTheFile() {
        Path file = OrderStore.fileOf(temp.resolve("work"), 7);
        assertThat(file.getFileName().toString()).isEqualTo("orders-run-7.mv.db");
        OrderStore first = OrderStore.create(file, WINDOW_START, WINDOW_END);
        first.stage(List.of(order(2, "A", "S1", "2026-11-05T12:00:00Z", null, null, 5L)));
        first.flush();
        // a JVM killed here leaves the file; the restarted step creates the store anew
        OrderStore second = OrderStore.create(OrderStore.fileOf(temp.resolve("work"), 8), WINDOW_START, WINDOW_END);
        second.close();
        first.close();
        assertThat(file).doesNotExist();
        Path left = temp.resolve("left.mv.db");
        OrderStore crashed = OrderStore.create(left, WINDOW_START, WINDOW_END);
        crashed.stage(List.of(order(2, "A", "S1", "2026-11-05T12:00:00Z", null, null, 5L)));
        crashed.flush();
        crashed.close();
        try (OrderStore again = OrderStore.create(left, WINDOW_START, WINDOW_END)) {
            assertThat(again.size()).isZero();
            assertThat(again.itemsInWindow("S1")).isZero();
        }
    }

    @Test
    void manyMoreOrdersThanTheCacheHoldsAreAllFoundFromSeveralThreads() throws Exception {
        int count = 150_000; // some 20 MB on disk, more than the 16 MB cache
        try (OrderStore store = OrderStore.create(temp.resolve("o.mv.db"), WINDOW_START, WINDOW_END)) {
            List<StageItem.Valid> chunk = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                chunk.add(order(i + 2, "ORD-" + Integer.toHexString(i * 7919), "S" + (i % 500), "2026-11-05T12:00:00Z",
                        i % 2 == 0 ? "2026-11-06T12:00:00Z" : null, i % 3 == 0 ? "en" : "nl", (long) (i % 4)));
                if (chunk.size() == 1000) {
                    store.stage(chunk);
                    chunk.clear();
                }
            }
            store.flush();
            assertThat(store.size()).isEqualTo(count);
            assertThat(Files.size(store.file())).isGreaterThan(OrderStore.CACHE_MB * 1024L * 1024L / 4);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> found = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    found.add(threads.submit(() -> {
                        int ok = 0;
                        for (int i = offset; i < count; i += 4) {
                            OrderStore.Order order = store.get("ORD-" + Integer.toHexString(i * 7919));
                            if (order != null && order.line() == i + 2 && order.sellerId().equals("S" + (i % 500))
                                    && (order.completedAt() != null) == (i % 2 == 0) && order.itemsCount() == i % 4) {
                                ok++;
                            }
                        }
                        return ok;
                    }));
                }
                int ok = 0;
                for (Future<Integer> f : found) {
                    ok += f.get();
                }
                assertThat(ok).isEqualTo(count);
            } finally {
                threads.shutdown();
            }
            assertThat(store.itemsInWindow("S0")).isEqualTo(sumFor(0, count));
        }
    }

    /** The items the test's orders of seller S{@code seller} hold. */
    private static long sumFor(int seller, int count) {
        long sum = 0;
        for (int i = seller; i < count; i += 500) {
            sum += i % 4;
        }
        return sum;
    }
}
