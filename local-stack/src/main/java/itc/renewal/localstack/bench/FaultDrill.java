package itc.renewal.localstack.bench;

import itc.renewal.localstack.ControlCommand;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench --faults}: while the journeys run, kills each service in turn (kill -9; the stack starts it again)
 * and waits until it is healthy, stops the Kafka broker for 30 s, then restarts PostgreSQL — through the local
 * stack's control ({@code ./itc-renewal ctl}). Remembers what it did and when, for the report.
 */
final class FaultDrill implements Runnable {

    private static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service", "notification-service", "gateway");

    private final Path root;
    private final List<String> done = new ArrayList<>();
    private final long startedAt = System.nanoTime();

    FaultDrill(Path root) {
        this.root = root;
    }

    @Override
    public void run() {
        try {
            pause(10_000);
            for (String service : SERVICES) {
                act(service + "/kill");
                act(service + "/await");
                pause(5_000);
            }
            act("broker/stop");
            pause(30_000);
            act("broker/start");
            pause(5_000);
            act("postgres/restart");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized List<String> done() {
        return List.copyOf(done);
    }

    private void act(String action) throws InterruptedException {
        String outcome;
        try {
            HttpResponse<String> answer = ControlCommand.send(root, action);
            outcome = answer.statusCode() == 200 ? "ok" : answer.statusCode() + " " + answer.body().strip();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            outcome = e.toString();
        }
        String line = "%6.1f s %s: %s".formatted((System.nanoTime() - startedAt) / 1e9, action, outcome);
        System.out.println("bench: fault " + line);
        synchronized (this) {
            done.add(line);
        }
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
