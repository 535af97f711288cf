package itc.renewal.localstack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time and memory (PSS) of the local stack's processes from /proc (Linux): the launcher (Kafka broker, SMTP
 * server), each service's JVM by its jar, and PostgreSQL (all its processes together; exited backends are counted
 * through the postmaster's children's time).
 */
final class ProcessUsage {

    private static final long TICKS_PER_SECOND = 100;
    private static final List<String> SERVICES = List.of("gateway", "points-service", "renewal-service",
            "payment-service", "activity-report-service", "notification-service");

    /** One reading: CPU seconds and PSS MiB per process group. */
    record Reading(Map<String, Double> cpuSeconds, Map<String, Double> pssMiB) {

        double totalCpu() {
            return cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double totalPss() {
            return pssMiB.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** CPU seconds used per group from {@code before} to this reading. */
        Map<String, Double> cpuSince(Reading before) {
            Map<String, Double> used = new TreeMap<>();
            cpuSeconds.forEach((group, seconds) -> used.put(group,
                    round(seconds - before.cpuSeconds.getOrDefault(group, 0.0))));
            return used;
        }
    }

    static Reading read() {
        Map<String, Double> cpu = new TreeMap<>();
        Map<String, Double> pss = new TreeMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String group = groupOf(process);
                if (group != null) {
                    cpu.merge(group, cpuSeconds(process, group.equals("postgres")), Double::sum);
                    pss.merge(group, pssMiB(process), Double::sum);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("can not read /proc", e);
        }
        cpu.replaceAll((group, seconds) -> round(seconds));
        pss.replaceAll((group, mib) -> round(mib));
        return new Reading(cpu, pss);
    }

    private static String groupOf(Path process) {
        String command;
        try {
            command = Files.readString(process.resolve("cmdline"), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException gone) {
            return null;
        }
        if (command.contains("local-stack-") && command.contains("-exec.jar") && command.contains("-jar")) {
            return "launcher (kafka, smtp)";
        }
        for (String service : SERVICES) {
            if (command.contains("/" + service + "-0.1.0-SNAPSHOT.jar")) {
                return service;
            }
        }
        if (command.startsWith("postgres") || command.contains("/bin/postgres")) {
            return "postgres";
        }
        return null;
    }

    private static double cpuSeconds(Path process, boolean withChildren) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / (double) TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double pssMiB(Path process) {
        try {
            for (String line : Files.readAllLines(process.resolve("smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    static Map<String, Object> describe(Reading reading) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cpu_seconds", reading.cpuSeconds());
        out.put("pss_mib", reading.pssMiB());
        out.put("pss_total_mib", round(reading.totalPss()));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
