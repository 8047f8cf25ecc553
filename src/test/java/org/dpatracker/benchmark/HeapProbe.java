package org.dpatracker.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;

/**
 * The heap this JVM keeps after full collections, and its class histogram, so that two states (no
 * idle sessions, N idle sessions) can be compared per session and by class.
 */
final class HeapProbe {

    private HeapProbe() {}

    /** Used heap in bytes after the collector has settled (several full collections until it stops shrinking). */
    static long retainedBytes() {
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 8; round++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (round >= 2 && Math.abs(previous - used) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    /** Live instances and bytes of one class. */
    record Live(long instances, long bytes) {
        Live plus(Live other) {
            return new Live(instances + other.instances, bytes + other.bytes);
        }
    }

    /** Live instances and bytes per class (the JVM's {@code GC.class_histogram}, which collects first). */
    static Map<String, Live> histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            Map<String, Live> live = new HashMap<>();
            for (String line : text.split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 4 && columns[0].endsWith(":")) {
                    live.merge(
                            columns[3], new Live(Long.parseLong(columns[1]), Long.parseLong(columns[2])), Live::plus);
                }
            }
            return live;
        } catch (Exception e) {
            throw new IllegalStateException("class histogram", e);
        }
    }

    /** The classes whose live bytes grew most from {@code before} to {@code after}, per session. */
    static List<String> biggestGrowth(Map<String, Live> before, Map<String, Live> after, int sessions, int shown) {
        Live none = new Live(0, 0);
        List<Map.Entry<String, Live>> growth = new ArrayList<>();
        after.forEach((type, live) -> {
            Live earlier = before.getOrDefault(type, none);
            growth.add(
                    Map.entry(type, new Live(live.instances() - earlier.instances(), live.bytes() - earlier.bytes())));
        });
        growth.sort(Comparator.comparingLong(
                        (Map.Entry<String, Live> entry) -> entry.getValue().bytes())
                .reversed());
        return growth.stream()
                .limit(shown)
                .map(entry -> String.format(
                        "%,10d B/session %8.1f objects/session  %s",
                        entry.getValue().bytes() / sessions,
                        entry.getValue().instances() / (double) sessions,
                        entry.getKey()))
                .toList();
    }
}
