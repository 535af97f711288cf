package itc.renewal.localstack.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Durations per kind (request type or lag), recorded from many threads; summarised as count, p50/p95/p99/max. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();

    void record(String kind, long durationNanos) {
        List<Long> list = nanos.computeIfAbsent(kind, k -> new ArrayList<>());
        synchronized (list) {
            list.add(durationNanos);
        }
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    /** A step sent again after no answer or a server error (only with --faults). */
    void retry(String kind) {
        retries.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> retries() {
        Map<String, Long> sorted = new TreeMap<>();
        retries.forEach((kind, count) -> sorted.put(kind, count.get()));
        return sorted;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((kind, count) -> sorted.put(kind, count.get()));
        return sorted;
    }

    /** Per kind: count and milliseconds at p50, p95, p99 and max, sorted by kind. */
    Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        nanos.forEach((kind, list) -> {
            long[] sorted;
            synchronized (list) {
                sorted = list.stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sorted);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", sorted.length);
            figures.put("p50_ms", ms(sorted, 0.50));
            figures.put("p95_ms", ms(sorted, 0.95));
            figures.put("p99_ms", ms(sorted, 0.99));
            figures.put("max_ms", sorted.length == 0 ? 0 : round(sorted[sorted.length - 1] / 1e6));
            all.put(kind, figures);
        });
        return all;
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
