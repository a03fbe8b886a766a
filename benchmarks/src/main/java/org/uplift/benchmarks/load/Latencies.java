package org.uplift.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and failures per operation, recorded by many users at once; p50/p95/max and throughput. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Map<String, String> lastFailure = new ConcurrentHashMap<>();

    void record(String operation, long elapsedNanos) {
        nanos.computeIfAbsent(operation, o -> Collections.synchronizedList(new ArrayList<>())).add(elapsedNanos);
    }

    void failed(String operation, String why) {
        failures.computeIfAbsent(operation, o -> new AtomicLong()).incrementAndGet();
        lastFailure.put(operation, why);
    }

    long requests() {
        return nanos.values().stream().mapToLong(List::size).sum();
    }

    long failures() {
        return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void print(double seconds) {
        System.out.printf(Locale.ROOT, "  %-34s %7s %9s %9s %9s %7s%n", "operation", "count", "p50 ms", "p95 ms", "max ms",
                "errors");
        new TreeMap<>(nanos).forEach((operation, samples) -> {
            List<Long> sorted;
            synchronized (samples) {
                sorted = new ArrayList<>(samples);
            }
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "  %-34s %7d %9.1f %9.1f %9.1f %7d%n", operation, sorted.size(),
                    percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                    failures.getOrDefault(operation, new AtomicLong()).get());
        });
        failures.forEach((operation, count) -> {
            if (!nanos.containsKey(operation)) {
                System.out.printf(Locale.ROOT, "  %-34s %7s %9s %9s %9s %7d%n", operation, 0, "-", "-", "-", count.get());
            }
        });
        lastFailure.forEach((operation, why) -> System.out.printf("  last failure of %s: %s%n", operation, why));
        System.out.printf(Locale.ROOT, "  throughput %.1f requests/s (%d requests, %d failed, in %.1f s)%n",
                requests() / seconds, requests(), failures(), seconds);
    }

    /** Nearest-rank percentile of ascending values. */
    static long percentile(List<Long> ascending, int p) {
        int rank = (int) Math.ceil(p / 100.0 * ascending.size());
        return ascending.get(Math.max(0, rank - 1));
    }
}
