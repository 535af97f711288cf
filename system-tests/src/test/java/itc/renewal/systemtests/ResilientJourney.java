package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;
import org.awaitility.core.ConditionFactory;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * A member's renewal (apply, card payment, report) by a member who does not give up: a step that fails (the
 * gateway or a service is down, 5xx, a broken connection) is sent again after a pause, as the member would press
 * the button again, with the same idempotency key for the payment. A step the system already took answers 409 on
 * the retry; the member then reads where the renewal stands and goes on.
 */
final class ResilientJourney {

    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final GatewayClient member;
    private final long deadline;

    ResilientJourney(GatewayClient member, Duration patience) {
        this.member = member;
        this.deadline = System.nanoTime() + patience.toNanos();
    }

    /** @return the renewal id */
    String run(boolean pays) {
        Reply applied = until(() -> Journey.apply(member), 201, 409);
        String renewalId = applied.status() == 201 ? applied.text("renewalId")
                : until(() -> member.get("/api/renewals/2027"), 200).text("renewalId");
        if (pays) {
            String key = UUID.randomUUID().toString();
            awaitTrue(() -> member.get("/api/payments/orders").raw().contains(renewalId));
            until(() -> member.post("/api/payments/orders/" + renewalId + "/card", """
                    {"cardNumber":"4242424242424242","idempotencyKey":"%s"}""".formatted(key)), 200);
        }
        awaitTrue(() -> member.get("/api/activity-reports/2027").raw().contains("\"OPEN\""));
        until(() -> Journey.submitReport(member), 201, 409);
        return renewalId;
    }

    private Reply until(Supplier<Reply> step, int... done) {
        AtomicReference<Reply> answer = new AtomicReference<>();
        patiently().until(() -> {
            Reply reply = attempt(step);
            if (reply == null) {
                return false;
            }
            if (IntStream.of(done).anyMatch(status -> status == reply.status())) {
                answer.set(reply);
                return true;
            }
            if (reply.status() < 500 && reply.status() != 429 && reply.status() != 404) {
                throw new AssertionError("step refused: " + reply);
            }
            return false;
        });
        return answer.get();
    }

    private void awaitTrue(Supplier<Boolean> condition) {
        patiently().until(() -> Boolean.TRUE.equals(attemptCondition(condition)));
    }

    /** Asks again every {@link #PAUSE} until the journey's patience is used up. */
    private ConditionFactory patiently() {
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        return await("journey step").atMost(left).pollDelay(Duration.ZERO).pollInterval(PAUSE);
    }

    private static Boolean attemptCondition(Supplier<Boolean> condition) {
        try {
            return condition.get();
        } catch (RuntimeException unreachable) {
            return false; // the gateway or a service is restarting
        }
    }

    private static Reply attempt(Supplier<Reply> step) {
        try {
            return step.get();
        } catch (RuntimeException unreachable) {
            return null;
        }
    }
}
