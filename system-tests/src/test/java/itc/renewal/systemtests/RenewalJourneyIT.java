package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.systemtests.GatewayClient.Reply;
import itc.renewal.systemtests.TopicReader.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static itc.renewal.systemtests.Journey.ASYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Seed manual 303, end to end: points → apply → pay → report → result e-mail and certificate. */
@ExtendWith(RunningStack.class)
class RenewalJourneyIT {

    @Test
    void c1_c4_payingMemberRenewsAndReceivesCertificateAndEmail() throws Exception {
        GatewayClient taro = RunningStack.as("M0000001");
        assertThat(Journey.registerPoints(taro, "2026-06-15", "TEACHING_PUBLISHING", "6").status()).isEqualTo(201);
        Reply tenth = Journey.registerPoints(taro, "2027-02-01", "CASE_PRESENTATION", "4");
        assertThat(tenth.status()).as(tenth.toString()).isEqualTo(201);
        Journey.awaitCountedPoints(taro, 10);

        Reply detail = taro.get("/api/renewals/2027");
        assertThat(detail.raw()).contains("2027年度資格更新", "必ず年度をご確認ください");
        Reply applied = Journey.apply(taro);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().path("feeAmount").asInt()).isEqualTo(22000);
        String renewalId = applied.text("renewalId");

        Journey.awaitOrder(taro, renewalId);
        Reply paid = Journey.payByCard(taro, renewalId, "4242424242424242");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Journey.awaitReportOpen(taro);
        assertThat(Journey.submitReport(taro).status()).isEqualTo(201);

        Journey.awaitStatus(taro, "COMPLETED");
        List<Event> completed = await().atMost(ASYNC).until(
                () -> RunningStack.topic("itc.renewal.events").ofType("renewal.RenewalCompleted.v1").stream()
                        .filter(e -> e.body().path("renewalId").asText().equals(renewalId)).toList(),
                events -> !events.isEmpty());
        JsonNode event = completed.get(0).body();
        assertThat(completed.get(0).key()).isEqualTo("M0000001");
        assertThat(completed.get(0).headerNames()).as("CloudEvents binary mode, nothing else")
                .containsExactlyInAnyOrder("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time",
                        "ce_subject", "ce_dataschema", "ce_dataversion", "ce_actor", "ce_correlationid",
                        "ce_causationid", "ce_membersequence", "ce_traceparent", "content-type");
        assertThat(event.path("newExpiry").asText()).isEqualTo("2028-05-31");
        assertThat(event.path("certificationNumber").asText()).isEqualTo("0000002001C");

        String certificate = Journey.certificateText(taro, renewalId);
        assertThat(certificate).contains("更新結果通知書兼資格証明書", "0000002001C", "2028年05月31日");
        Matcher qr = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/verify/\\S+)").matcher(certificate);
        assertThat(qr.find()).as("the verification URL printed under the QR code").isTrue();
        HttpClient anybody = HttpClient.newHttpClient();
        HttpResponse<String> verified = anybody.send(HttpRequest.newBuilder(URI.create(qr.group(1)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verified.statusCode()).as("public, no login (C5)").isEqualTo(200);
        assertThat(verified.body()).contains("本物です", "見本 太郎", "0000002001C", "2028年05月31日", "有効");
        HttpResponse<String> forged = anybody.send(HttpRequest.newBuilder(URI.create(qr.group(1)
                .replaceAll(".{4}$", "AAAA"))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("確認できませんでした");
        String taroMail = "taro.mihon@example.jp";
        await().atMost(ASYNC).until(() -> Journey.mailTo(taroMail, "資格更新完了").size() == 1);
        // C4: each step was acknowledged once, before the result
        await().atMost(ASYNC).untilAsserted(() -> {
            assertThat(Journey.mailTo(taroMail, "2027年度 資格更新のお申し込みを受け付けました")).hasSize(1);
            assertThat(Journey.mailTo(taroMail, "2027年度 資格更新料のお支払いを確認しました")).hasSize(1);
            assertThat(Journey.mailTo(taroMail, "2027年度 実務活動報告書を受け付けました")).hasSize(1);
        });

        List<Event> payments = RunningStack.topic("itc.payment.events").readAll().stream()
                .filter(e -> e.key().equals("M0000001")).toList();
        assertThat(payments).extracting(Event::type).containsOnly("payment.PaymentMethodChosen.v1", "payment.FeePaid.v1");
        List<Event> feesPaid = payments.stream().filter(e -> e.type().equals("payment.FeePaid.v1")).toList();
        assertThat(feesPaid).extracting(Event::id).as("one payment, however often delivered")
                .containsOnly(feesPaid.get(0).id());
    }

    @Test
    void q4_p6_firstRenewalIsFreeAndNeedsNoPayment() {
        GatewayClient hanako = RunningStack.as("M0000006");
        // Certified in October 2026 (認定年月, from the registry through itc.holders): earlier activities are not hers.
        await().atMost(ASYNC).untilAsserted(() -> {
            Reply early = Journey.registerPoints(hanako, "2026-09-30", "ASSOCIATION_ACTIVITY", "1");
            assertThat(early.status()).as(early.toString()).isEqualTo(400);
            assertThat(early.text("code")).isEqualTo("points.activity-date-before-certification");
        });
        Reply applied = Journey.earnPointsAndApply(hanako, "2026-11-20", "ASSOCIATION_ACTIVITY", "10");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().path("feeWaived").asBoolean()).isTrue();
        assertThat(applied.json().path("feeAmount").asInt()).isZero();

        Journey.awaitReportOpen(hanako);
        assertThat(Journey.submitReport(hanako).status()).isEqualTo(201);
        Journey.awaitStatus(hanako, "COMPLETED");
        assertThat(hanako.get("/api/payments/orders").json()).isEmpty();
        assertThat(Journey.certificateText(hanako, applied.text("renewalId"))).contains("2028年05月31日");
    }
}
