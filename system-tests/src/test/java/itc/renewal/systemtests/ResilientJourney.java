package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

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
        while (true) {
            Reply reply = attempt(step);
            if (reply != null) {
                for (int status : done) {
                    if (reply.status() == status) {
                        return reply;
                    }
                }
                if (reply.status() < 500 && reply.status() != 429 && reply.status() != 404) {
                    throw new AssertionError("step refused: " + reply);
                }
            }
            pause();
        }
    }

    private void awaitTrue(Supplier<Boolean> condition) {
        while (true) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException unreachable) {
                // the gateway or a service is restarting
            }
            pause();
        }
    }

    private static Reply attempt(Supplier<Reply> step) {
        try {
            return step.get();
        } catch (RuntimeException unreachable) {
            return null;
        }
    }

    private void pause() {
        if (System.nanoTime() > deadline) {
            throw new AssertionError("journey not done in time");
        }
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
