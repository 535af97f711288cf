package itc.renewal.embedded.stack;

import itc.renewal.embedded.FreePorts;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the stack keeps its data, the ports it listens on (loopback only) and the demo business
 * time (rule D2) every service starts with.
 */
public record StackConfig(Path repoRoot, Path dataDirectory, boolean keepData, int postgresPort, int kafkaPort,
                          int kafkaControllerPort, int smtpPort, List<ServiceSpec> services, String demoTime) {

    public static final String DEFAULT_DEMO_TIME = "2027-04-10T10:00:00+09:00";

    /** The long-lived local stack: fixed ports, data kept across starts. */
    public static StackConfig local(Path repoRoot, String demoTime) {
        return new StackConfig(repoRoot, repoRoot.resolve(".data"), true, 15432, 19092, 19093, 3025,
                ServiceSpec.defaults(), demoTime);
    }

    /** A throw-away stack for tests: free ports, fresh data. */
    public static StackConfig ephemeral(Path repoRoot, Path dataDirectory) {
        List<ServiceSpec> services = ServiceSpec.defaults().stream().map(s -> s.withPort(FreePorts.next())).toList();
        return new StackConfig(repoRoot, dataDirectory, false, 0, FreePorts.next(), FreePorts.next(),
                FreePorts.next(), services, DEFAULT_DEMO_TIME);
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + service(ServiceSpec.GATEWAY).port();
    }
}
