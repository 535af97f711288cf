package itc.renewal.embedded.stack;

import itc.renewal.embedded.FreePorts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The running processes of the stack's services: one per service on the service's port, or — with several
 * instances — each instance on a port of its own behind a {@link LoopbackBalancer} on the service's port, as a
 * Kubernetes Service would put them. A {@link ServiceSupervisor} restarts any instance that ends unasked.
 */
final class ServiceInstances implements AutoCloseable {

    private final Map<String, List<ServiceProcess>> byService = new LinkedHashMap<>();
    private final Map<String, LoopbackBalancer> balancers = new LinkedHashMap<>();
    private ServiceSupervisor supervisor;

    /**
     * Starts {@code count} instances of {@code spec} without waiting for them.
     *
     * @param environment the environment of an instance, given its spec with the port it listens on
     * @param log         the log file of the instance with the given label
     */
    void start(ServiceSpec spec, int count, Path jar, Function<ServiceSpec, Map<String, String>> environment,
               Function<String, Path> log) throws IOException {
        List<ServiceProcess> processes = new ArrayList<>();
        if (count > 1) {
            balancers.put(spec.name(), new LoopbackBalancer(spec.name(), spec.port()));
        }
        for (int n = 1; n <= count; n++) {
            ServiceSpec instance = count > 1 ? spec.withPort(FreePorts.next()) : spec;
            ServiceProcess process = new ServiceProcess(instance, jar, log.apply(label(spec.name(), n)),
                    environment.apply(instance));
            processes.add(process);
            process.start();
        }
        byService.put(spec.name(), processes);
    }

    /** Waits until every instance is healthy, puts them into their balancers and starts supervising. */
    void awaitAllHealthy(Duration timeout) throws IOException, InterruptedException {
        for (Map.Entry<String, List<ServiceProcess>> service : byService.entrySet()) {
            for (ServiceProcess process : service.getValue()) {
                process.awaitHealthy(timeout);
                inRotation(service.getKey(), process, true);
            }
        }
        supervisor = new ServiceSupervisor(byService.values().stream().flatMap(List::stream).toList());
    }

    static String label(String service, int instance) {
        return instance == 1 ? service : service + "#" + instance;
    }

    List<ServiceProcess> of(String service) {
        List<ServiceProcess> processes = byService.get(service);
        if (processes == null) {
            throw new IllegalArgumentException("no service " + service + "; the services: " + byService.keySet());
        }
        return processes;
    }

    /** Instance {@code n} (from 1) of the service. */
    ServiceProcess instance(String service, int n) {
        List<ServiceProcess> processes = of(service);
        if (n < 1 || n > processes.size()) {
            throw new IllegalArgumentException(service + " has " + processes.size() + " instance(s), not " + n);
        }
        return processes.get(n - 1);
    }

    /** Stops an instance gracefully, out of its balancer's rotation first (as Kubernetes does before SIGTERM). */
    void stop(String service, int n) {
        ServiceProcess process = instance(service, n);
        inRotation(service, process, false);
        process.stop();
    }

    /** Starts a stopped instance, waits until it is healthy and puts it back into the rotation. */
    void start(String service, int n, Duration timeout) throws IOException, InterruptedException {
        ServiceProcess process = instance(service, n);
        if (!process.isAlive()) {
            process.start();
        }
        process.awaitHealthy(timeout, true);
        inRotation(service, process, true);
    }

    private void inRotation(String service, ServiceProcess process, boolean in) {
        LoopbackBalancer balancer = balancers.get(service);
        if (balancer != null) {
            if (in) {
                balancer.add(process.spec().port());
            } else {
                balancer.remove(process.spec().port());
            }
        }
    }

    /** Every instance (labelled {@code name} or {@code name#n}) and whether its process is running. */
    Map<String, Boolean> running() {
        Map<String, Boolean> running = new LinkedHashMap<>();
        byService.forEach((service, processes) -> {
            for (int n = 1; n <= processes.size(); n++) {
                running.put(label(service, n), processes.get(n - 1).isAlive());
            }
        });
        return running;
    }

    /** Each instance's spec with the port it listens on itself. */
    List<ServiceSpec> instanceSpecs() {
        return byService.values().stream().flatMap(List::stream).map(ServiceProcess::spec).toList();
    }

    /** Stops supervising, then all instances in parallel (they flush to Kafka and PostgreSQL), then the balancers. */
    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        List<ServiceProcess> all = byService.values().stream().flatMap(List::stream).toList();
        all.forEach(ServiceProcess::requestStop);
        all.forEach(ServiceProcess::awaitStop);
        for (LoopbackBalancer balancer : balancers.values()) {
            try {
                balancer.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
