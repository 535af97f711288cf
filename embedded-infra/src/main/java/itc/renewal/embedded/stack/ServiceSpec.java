package itc.renewal.embedded.stack;

import java.util.List;

/** One of the stack's Spring Boot services: its module, HTTP port and database. */
public record ServiceSpec(String name, int port, String database) {

    public static final String GATEWAY = "gateway";

    /** The services in start order; the gateway comes last. */
    public static List<ServiceSpec> defaults() {
        return List.of(
                new ServiceSpec("points-service", 8081, "points"),
                new ServiceSpec("renewal-service", 8082, "renewal"),
                new ServiceSpec("payment-service", 8083, "payment"),
                new ServiceSpec("activity-report-service", 8084, "activity_report"),
                new ServiceSpec("notification-service", 8085, "notification"),
                new ServiceSpec(GATEWAY, 8080, "gateway"));
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, database);
    }

    public boolean hasDatabase() {
        return database != null;
    }
}
