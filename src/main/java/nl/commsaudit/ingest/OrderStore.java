package nl.commsaudit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * The orders of one run, staged in a file of their own in the work folder instead of a database table.
 * Orders are written once (half a million a night at a million messages) and then only looked up by id:
 * by the message pass (the order of a proactive Amazon message), by the review audit (the order a review
 * is about) and, summed per seller, by the seller audit (items sold in the last 30 days). In a SQL table
 * each order cost H2 an insert into a transactional map, a second pass over it at every commit and a
 * point query per lookup: stage-orders took twice as long as reading and checking the file, and the
 * lookups were a tenth of the message pass.
 *
 * <p>The store is H2's storage engine, MVStore, used on its own: a persistent sorted map on disk with
 * a bounded page cache ({@value #CACHE_MB} MB), so the orders are not held on the heap. It is already on
 * the class path (H2 is the embedded database) and it is the same whatever database holds the rest of
 * the staging. It has no transactions and needs none: the store is built whole by one execution of the
 * stage-orders step, which runs again whenever its run is restarted (see {@code StageSteps}), so a
 * crash can never leave it half in step with the database.
 *
 * <p>Writes come from the step's thread only; lookups are safe from any number of threads meanwhile.
 */
public final class OrderStore implements AutoCloseable {

    /**
     * An order as the rules read it ({@code expected_delivery_date} is validated, but no rule reads it).
     *
     * @param line the source line (or row number of a database source) the order was staged from
     */
    public record Order(long line, String sellerId, Instant orderedAt, Instant completedAt, String buyerLanguage,
            Long itemsCount) {
    }

    static final int CACHE_MB = 16;
    /** Unsaved changes kept in memory before the store's background thread writes them out, in KB. */
    private static final int WRITE_BUFFER_KB = 4096;

    private final Path file;
    private final MVStore store;
    private final MVMap<String, Order> orders;
    /** Items ordered per seller in the counted window, as of the last {@link #flush}. */
    private final MVMap<String, Long> items;
    /**
     * The sums while the orders are staged: one entry per seller (a put into {@link #items} per seller
     * and chunk cost as much as staging the orders), written to {@link #items} by {@link #flush}.
     */
    private final Map<String, Long> counting = new HashMap<>();
    private final Instant windowStart;
    private final Instant windowEnd;

    private OrderStore(Path file, Instant windowStart, Instant windowEnd) {
        this.file = file;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.store = new MVStore.Builder()
                .fileName(file.toString())
                .cacheSize(CACHE_MB)
                .autoCommitBufferSize(WRITE_BUFFER_KB)
                .open();
        this.orders = store.openMap("orders", new MVMap.Builder<String, Order>()
                .keyType(StringDataType.INSTANCE).valueType(OrderType.INSTANCE));
        this.items = store.openMap("items", new MVMap.Builder<String, Long>()
                .keyType(StringDataType.INSTANCE).valueType(LongDataType.INSTANCE));
    }

    /**
     * A new, empty store in {@code file} (a store left there by an earlier, interrupted staging is
     * deleted first).
     *
     * @param windowStart the start (inclusive) and end (exclusive) of the order dates whose items are
     *                    summed per seller ({@link #itemsInWindow})
     */
    public static OrderStore create(Path file, Instant windowStart, Instant windowEnd) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the order store " + file.toAbsolutePath(), e);
        }
        return new OrderStore(file, windowStart, windowEnd);
    }

    /** The file of a run's order store in a work folder. */
    public static Path fileOf(Path workDir, long runId) {
        return workDir.resolve("orders-run-" + runId + ".mv.db");
    }

    public Path file() {
        return file;
    }

    /** Stages valid order rows whose ids are not in the store yet (the caller checks for duplicates). */
    public void stage(List<StageItem.Valid> rows) {
        for (StageItem.Valid row : rows) {
            Instant orderedAt = row.instant("ordered_at");
            Long itemsCount = (Long) row.value("items_count");
            orders.put(row.id(), new Order(row.line(), row.sellerId(), orderedAt, row.instant("completed_at"),
                    (String) row.value("buyer_language"), itemsCount));
            if (!orderedAt.isBefore(windowStart) && orderedAt.isBefore(windowEnd)) {
                counting.merge(row.sellerId(), itemsCount == null ? 1 : itemsCount, Long::sum);
            }
        }
    }

    /** The ids among {@code ids} that are in the store, with the line each was staged from. */
    public Map<String, Long> firstLines(Collection<String> ids) {
        Map<String, Long> found = new HashMap<>();
        for (String id : ids) {
            Order order = orders.get(id);
            if (order != null) {
                found.put(id, order.line());
            }
        }
        return found;
    }

    /** The order with this id, or {@code null}. */
    public Order get(String orderId) {
        return orderId == null ? null : orders.get(orderId);
    }

    /** The number of orders staged. */
    public long size() {
        return orders.sizeAsLong();
    }

    /**
     * The items a seller's orders of the window hold ({@code items_count}, 1 where it is empty), once the
     * staging has been {@linkplain #flush flushed}.
     */
    public long itemsInWindow(String sellerId) {
        return items.getOrDefault(sellerId, 0L);
    }

    /** The end of staging: the sums per seller are stored, and what is still in memory is written to the file. */
    public void flush() {
        counting.forEach((seller, sum) -> items.put(seller, items.getOrDefault(seller, 0L) + sum));
        counting.clear();
        store.commit();
    }

    /** Closes the store and deletes its file. */
    @Override
    public void close() {
        store.closeImmediately();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the order store " + file.toAbsolutePath(), e);
        }
    }

    /**
     * An order on disk: line, seller id, ordered at (seconds, nanos), then a byte saying which of
     * completed at, buyer language and items count follow.
     */
    private static final class OrderType extends BasicDataType<Order> {

        static final OrderType INSTANCE = new OrderType();
        private static final int COMPLETED = 1;
        private static final int LANGUAGE = 2;
        private static final int ITEMS = 4;

        @Override
        public int getMemory(Order order) {
            return 120 + 2 * order.sellerId().length() + (order.buyerLanguage() == null ? 0 : 48);
        }

        @Override
        public void write(WriteBuffer buffer, Order order) {
            buffer.putVarLong(order.line());
            StringDataType.INSTANCE.write(buffer, order.sellerId());
            putInstant(buffer, order.orderedAt());
            int present = (order.completedAt() == null ? 0 : COMPLETED) | (order.buyerLanguage() == null ? 0 : LANGUAGE)
                    | (order.itemsCount() == null ? 0 : ITEMS);
            buffer.put((byte) present);
            if (order.completedAt() != null) {
                putInstant(buffer, order.completedAt());
            }
            if (order.buyerLanguage() != null) {
                StringDataType.INSTANCE.write(buffer, order.buyerLanguage());
            }
            if (order.itemsCount() != null) {
                buffer.putVarLong(order.itemsCount());
            }
        }

        @Override
        public Order read(ByteBuffer buffer) {
            long line = DataUtils.readVarLong(buffer);
            String sellerId = StringDataType.INSTANCE.read(buffer);
            Instant orderedAt = readInstant(buffer);
            int present = buffer.get();
            Instant completedAt = (present & COMPLETED) == 0 ? null : readInstant(buffer);
            String language = (present & LANGUAGE) == 0 ? null : StringDataType.INSTANCE.read(buffer);
            Long itemsCount = (present & ITEMS) == 0 ? null : DataUtils.readVarLong(buffer);
            return new Order(line, sellerId, orderedAt, completedAt, language, itemsCount);
        }

        @Override
        public Order[] createStorage(int size) {
            return new Order[size];
        }

        private static void putInstant(WriteBuffer buffer, Instant instant) {
            buffer.putLong(instant.getEpochSecond()).putVarInt(instant.getNano());
        }

        private static Instant readInstant(ByteBuffer buffer) {
            long seconds = buffer.getLong();
            return Instant.ofEpochSecond(seconds, DataUtils.readVarInt(buffer));
        }
    }
}
