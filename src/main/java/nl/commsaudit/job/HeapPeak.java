package nl.commsaudit.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap this JVM has had in use at one moment. The heap is fullest just before a collection, so
 * every collection's "before" figures (all heap pools at that moment, from the JVM's collection
 * notifications) are compared, and the heap in use now. (Summing each pool's own peak instead overstates
 * it: the pools do not peak at the same moment, and the sum can exceed the heap's maximum.)
 */
public final class HeapPeak {

    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private HeapPeak() {
    }

    /** Starts watching the collections; once per JVM, further calls do nothing. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
                        long used = before.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        PEAK.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /**
     * The heap's limit in bytes: {@code -Xmx} (or the JVM's default), as the operator set it. Not
     * {@link Runtime#maxMemory()}, which leaves out a survivor space with some collectors (800 of 900 MB
     * under {@code -XX:+UseParallelGC}) and so read as less than the peak the job summary printed beside it.
     */
    public static long limitBytes() {
        var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            return Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
        } catch (IllegalArgumentException e) { // not a HotSpot JVM, or a number it does not print
            return Runtime.getRuntime().maxMemory();
        }
    }

    /** The peak in bytes: the fullest heap before a collection since {@link #start}, or the heap now if fuller. */
    public static long bytes() {
        return Math.max(PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
