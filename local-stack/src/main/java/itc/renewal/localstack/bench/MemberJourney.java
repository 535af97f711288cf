package itc.renewal.localstack.bench;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One member's renewal through the gateway, as the member manual has it: open the renewal page, apply (A1), pay the
 * fee by card (F1; not for a free first renewal, Q4) and submit the practice activity report (R1) — every fourth
 * paying member reports before paying. Waits for the payment order and the open report as a member's page would, by
 * asking again every 50 ms (counted as polls). Answers when the last step was answered.
 */
final class MemberJourney {

    private static final String YEAR = "2027";
    private static final long POLL_MILLIS = 50;
    private static final long PATIENCE_MILLIS = 180_000;
    private static final String REPORT = """
            {"involvement":["TRAINING","REGIONAL"],"practiceAreas":["DX_SUPPORT","STRATEGY"],"satisfaction":4,
             "comment":"ベンチマークの会員です。"}""";

    private final BenchClient client;
    private final BenchPopulation.Member member;
    private final Latencies latencies;
    private final boolean patient;

    /**
     * @param patient whether a step that gets no answer or a server error is sent again after a second (as a member
     *                presses the button again; with {@code --faults}), counted as a retry; otherwise it is an error
     */
    MemberJourney(BenchClient client, BenchPopulation.Member member, Latencies latencies, boolean patient) {
        this.client = client;
        this.member = member;
        this.latencies = latencies;
        this.patient = patient;
    }

    /** @return the renewal id */
    String run() throws InterruptedException {
        var page = step("renewal page (login)", () -> client.get("renewal page (login)", "/api/renewals/" + YEAR),
                200);
        String terms = page.json().path("terms").path("version").asText(YEAR + ".1");
        var applied = step("apply", () -> client.postJson("apply", "/api/renewals/" + YEAR,
                "{\"termsVersion\":\"" + terms + "\"}"), 201, 409);
        String renewalId = applied.status() == 201 ? applied.json().path("renewalId").asText()
                : step("renewal page", () -> client.get("renewal page", "/api/renewals/" + YEAR), 200).json()
                        .path("renewalId").asText();
        if (member.firstRenewal()) {
            report();
        } else if (member.reportsFirst()) {
            report();
            pay(renewalId);
        } else {
            pay(renewalId);
            report();
        }
        return renewalId;
    }

    private void pay(String renewalId) throws InterruptedException {
        awaitContains("payment orders (poll)", "/api/payments/orders", renewalId);
        String key = UUID.randomUUID().toString();
        step("pay by card", () -> client.postJson("pay by card", "/api/payments/orders/" + renewalId + "/card",
                "{\"cardNumber\":\"4242424242424242\",\"idempotencyKey\":\"" + key + "\"}"), 200);
    }

    private void report() throws InterruptedException {
        awaitContains("report status (poll)", "/api/activity-reports/" + YEAR, "\"OPEN\"");
        step("submit report", () -> client.postJson("submit report", "/api/activity-reports/" + YEAR, REPORT), 201,
                409);
    }

    /** Sends a step until it is answered with one of {@code done}; see {@link #patient}. */
    private BenchClient.Answer step(String kind, Supplier<BenchClient.Answer> send, int... done)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            BenchClient.Answer answer = send.get();
            for (int status : done) {
                if (answer.status() == status) {
                    return answer;
                }
            }
            boolean retryable = answer.status() == -1 || answer.status() >= 500;
            if (!patient || !retryable || System.currentTimeMillis() > deadline) {
                return client.expect(done[0], answer, kind);
            }
            latencies.retry(kind);
            Thread.sleep(1_000);
        }
    }

    private void awaitContains(String kind, String path, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            var answer = client.get(kind, path);
            if (answer.status() == 200 && answer.body().contains(text)) {
                return;
            }
            if (answer.status() != 200 && patient) {
                latencies.retry(kind);
            }
            if (System.currentTimeMillis() > deadline) {
                client.expect(-1, answer, kind + " timeout");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
