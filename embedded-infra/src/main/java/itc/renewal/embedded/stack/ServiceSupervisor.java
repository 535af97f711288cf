package itc.renewal.embedded.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts a service again when its process ends without being asked to (a crash, kill -9, an out-of-memory exit),
 * as Docker Compose's restart policy {@code unless-stopped} would: checked every second; a service stopped on
 * purpose stays stopped.
 */
final class ServiceSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceSupervisor.class);

    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "service-supervisor");
        thread.setDaemon(true);
        return thread;
    });

    ServiceSupervisor(Collection<ServiceProcess> processes) {
        checks.scheduleWithFixedDelay(() -> processes.forEach(ServiceSupervisor::check), 1, 1, TimeUnit.SECONDS);
    }

    private static void check(ServiceProcess process) {
        try {
            if (process.restartIfCrashed()) {
                log.warn("{} had stopped unasked: started again (restart {})", process.spec().name(),
                        process.restarts());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("{} could not be started again: {}", process.spec().name(), e.toString());
        }
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
