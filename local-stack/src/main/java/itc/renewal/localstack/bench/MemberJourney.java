package itc.renewal.localstack.bench;

import java.util.UUID;

/**
 * One member's renewal through the gateway, as the member manual has it: open the renewal page, apply (A1), pay the
 * fee by card (F1; not for a free first renewal, Q4) and submit the practice activity report (R1) — every fourth
 * paying member reports before paying. Waits for the payment order and the open report as a member's page would, by
 * asking again every 50 ms (counted as polls). Answers when the last step was answered.
 */
final class MemberJourney {

    private static final String YEAR = "2027";
    private static final long POLL_MILLIS = 50;
    private static final long PATIENCE_MILLIS = 60_000;
    private static final String REPORT = """
            {"involvement":["TRAINING","REGIONAL"],"practiceAreas":["DX_SUPPORT","STRATEGY"],"satisfaction":4,
             "comment":"ベンチマークの会員です。"}""";

    private final BenchClient client;
    private final BenchPopulation.Member member;

    MemberJourney(BenchClient client, BenchPopulation.Member member) {
        this.client = client;
        this.member = member;
    }

    /** @return the renewal id */
    String run() throws InterruptedException {
        var page = client.expect(200, client.get("renewal page (login)", "/api/renewals/" + YEAR), "renewal page");
        String terms = page.json().path("terms").path("version").asText(YEAR + ".1");
        var applied = client.expect(201, client.postJson("apply", "/api/renewals/" + YEAR,
                "{\"termsVersion\":\"" + terms + "\"}"), "apply");
        String renewalId = applied.json().path("renewalId").asText();
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
        client.expect(200, client.postJson("pay by card", "/api/payments/orders/" + renewalId + "/card",
                "{\"cardNumber\":\"4242424242424242\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}"),
                "pay by card");
    }

    private void report() throws InterruptedException {
        awaitContains("report status (poll)", "/api/activity-reports/" + YEAR, "\"OPEN\"");
        client.expect(201, client.postJson("submit report", "/api/activity-reports/" + YEAR, REPORT), "submit report");
    }

    private void awaitContains(String kind, String path, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            var answer = client.get(kind, path);
            if (answer.status() == 200 && answer.body().contains(text)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                client.expect(-1, answer, kind + " timeout");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
