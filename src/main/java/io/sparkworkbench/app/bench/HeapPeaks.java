package io.sparkworkbench.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap's high-water mark between a reset and a read: what a benchmark step cost in memory. The heap's use
 * only grows between collections, so its peaks are the moments a collection starts: each collection's "before"
 * usage of the heap pools, summed at that one instant, and the use at the read. (Adding every pool's own peak
 * instead overstates: the young pools peak just before a collection empties them, the old pool after it; their
 * sum came out above the maximum heap.)
 */
final class HeapPeaks {

    private static final AtomicLong PEAK_BYTES = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toUnmodifiableSet());
    /** JVM uptime when the last reset's own collection had ended: collections before it belong to an earlier step. */
    private static volatile long resetAtUptimeMs;
    private static boolean listening;

    private HeapPeaks() {
    }

    static synchronized void reset() {
        if (!listening) {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                            if (info.getGcInfo().getStartTime() > resetAtUptimeMs) {
                                PEAK_BYTES.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                            }
                        }
                    }, null, null);
                }
            }
            listening = true;
        }
        System.gc();
        resetAtUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        PEAK_BYTES.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    static long peakMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return PEAK_BYTES.accumulateAndGet(now, Math::max) / (1024 * 1024);
    }

    static long heapUsed(Map<String, MemoryUsage> perPool) {
        return perPool.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
