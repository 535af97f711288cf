package itc.renewal.localstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one bench run: phases, requests, lags, errors and the processes' CPU and memory. */
final class BenchResult {

    private final BenchOptions options;
    private final Latencies latencies;
    private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private final Map<String, ProcessUsage.Reading> usage = new LinkedHashMap<>();
    private final Latencies lags = new Latencies();
    private int journeys;
    private int completed;
    private int certified;
    private int repeats;
    private List<String> faults;
    private Map<String, Object> exactlyOnce;

    BenchResult(BenchOptions options, Latencies latencies) {
        this.options = options;
        this.latencies = latencies;
    }

    void phase(String name, Runnable work) {
        long started = System.nanoTime();
        System.out.printf("bench: %s ...%n", name);
        work.run();
        phases.put(name, seconds(System.nanoTime() - started));
        System.out.printf("bench: %s took %.1f s%n", name, phases.get(name));
    }

    void usage(String moment, ProcessUsage.Reading reading) {
        usage.put(moment, reading);
    }

    /** Completion and certificate lag of each journey, from its last step's answer. */
    void milestones(Milestones milestones, Map<String, Long> lastSteps) {
        journeys = lastSteps.size();
        completed = milestones.completedCount();
        certified = milestones.certifiedCount();
        repeats = milestones.repeats();
        lastSteps.forEach((member, lastStep) -> {
            Long done = milestones.completedAt(member);
            Long certificate = milestones.certifiedAt(member);
            if (done != null) {
                lags.record("last step -> RenewalCompleted", Math.max(0, done - lastStep));
            }
            if (certificate != null) {
                lags.record("last step -> CertificateIssued", Math.max(0, certificate - lastStep));
            }
        });
    }

    /** What the fault drill did, and what did not happen exactly once afterwards. */
    void faults(List<String> done, Map<String, Object> offCounts) {
        this.faults = done;
        this.exactlyOnce = offCounts;
    }

    boolean complete() {
        boolean once = exactlyOnce == null || exactlyOnce.values().stream().allMatch(v -> ((Number) v).longValue() == 0);
        return journeys == options.members() && completed == journeys && certified == journeys
                && latencies.errorCount() == 0 && once;
    }

    Map<String, Object> figures() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("started_at", startedAt.toString());
        all.put("commit", commit());
        all.put("machine", machine());
        all.put("members", options.members());
        all.put("concurrency", options.concurrency());
        all.put("phases_s", phases);
        double endToEnd = phases.getOrDefault("journeys", 0.0) + phases.getOrDefault("tail", 0.0);
        all.put("end_to_end_s", round(endToEnd));
        all.put("journeys_completed", journeys);
        all.put("renewals_completed", completed);
        all.put("certificates_issued", certified);
        all.put("repeated_milestones", repeats);
        all.put("journeys_per_s", round(journeys / Math.max(0.001, phases.getOrDefault("journeys", 0.0))));
        all.put("requests", latencies.summary());
        all.put("lags", lags.summary());
        all.put("errors", latencies.errors());
        all.put("retries", latencies.retries());
        if (faults != null) {
            all.put("faults", faults);
            all.put("not_exactly_once", exactlyOnce);
        }
        ProcessUsage.Reading before = usage.get("before journeys");
        ProcessUsage.Reading end = usage.get("end");
        if (before != null && end != null) {
            Map<String, Double> cpu = end.cpuSince(before);
            double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
            all.put("cpu_s_journeys_and_tail", cpu);
            all.put("cpu_s_per_journey", journeys == 0 ? null : round3(total / journeys));
        }
        Map<String, Object> readings = new LinkedHashMap<>();
        usage.forEach((moment, reading) -> readings.put(moment, ProcessUsage.describe(reading)));
        all.put("processes", readings);
        return all;
    }

    String text() {
        Map<String, Object> f = figures();
        StringBuilder out = new StringBuilder();
        out.append("\nITC Renewal bench, ").append(f.get("members")).append(" members, ").append(f.get("concurrency"))
                .append(" at a time, commit ").append(f.get("commit")).append('\n');
        out.append("phases (s): ").append(f.get("phases_s")).append('\n');
        out.append("end to end (journeys + tail): ").append(f.get("end_to_end_s")).append(" s; journeys/s: ")
                .append(f.get("journeys_per_s")).append('\n');
        out.append("journeys ").append(journeys).append(", completed ").append(completed).append(", certificates ")
                .append(certified).append(", repeated milestones ").append(repeats).append('\n');
        out.append(String.format("%-36s %7s %8s %8s %8s %8s%n", "request / lag", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        appendTable(out, latencies.summary());
        appendTable(out, lags.summary());
        out.append("errors: ").append(f.get("errors")).append('\n');
        out.append("retries: ").append(f.get("retries")).append('\n');
        if (faults != null) {
            faults.forEach(line -> out.append("fault ").append(line).append('\n'));
            out.append("not exactly once (members): ").append(exactlyOnce).append('\n');
        }
        out.append("CPU s during journeys and tail: ").append(f.get("cpu_s_journeys_and_tail")).append('\n');
        out.append("CPU s per journey: ").append(f.get("cpu_s_per_journey")).append('\n');
        usage.forEach((moment, reading) -> out.append("PSS MiB at ").append(moment).append(": ")
                .append(round(reading.totalPss())).append(' ').append(reading.pssMiB()).append('\n'));
        return out.toString();
    }

    Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("bench-" + startedAt.toString().replace(":", "") + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures());
        return file;
    }

    private static void appendTable(StringBuilder out, Map<String, Map<String, Object>> rows) {
        rows.forEach((kind, r) -> out.append(String.format("%-36s %7s %8s %8s %8s %8s%n", kind, r.get("count"),
                r.get("p50_ms"), r.get("p95_ms"), r.get("p99_ms"), r.get("max_ms"))));
    }

    private String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(options.root().toFile())
                    .redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? head : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        machine.put("memory_gib", round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        return machine;
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
