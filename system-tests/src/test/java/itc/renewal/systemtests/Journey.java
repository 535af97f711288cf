package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The steps of the member's journey (seed manual 303), each through the gateway. */
final class Journey {

    static final Duration ASYNC = Duration.ofSeconds(60);

    private Journey() {
    }

    static Reply registerPoints(GatewayClient member, String activityDate, String category, String points) {
        return member.post("/api/points/entries", """
                {"activityDate":"%s","category":"%s","title":"ITC実践活動 %s","points":%s}"""
                .formatted(activityDate, category, UUID.randomUUID().toString().substring(0, 8), points));
    }

    /** Waits until renewal-service counts at least {@code points} for FY2026 (the Kafka hop is asynchronous). */
    static void awaitCountedPoints(GatewayClient member, double points) {
        await().atMost(ASYNC).untilAsserted(() -> assertThat(member.get("/api/renewals/2027").json()
                .path("countedPoints").asDouble()).isGreaterThanOrEqualTo(points));
    }

    /** Registers {@code points} (enough or not), waits until renewal-service counts them, then applies. */
    static Reply earnPointsAndApply(GatewayClient member, String activityDate, String category, String points) {
        Reply registered = registerPoints(member, activityDate, category, points);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        awaitCountedPoints(member, Double.parseDouble(points));
        return apply(member);
    }

    /** A paying member's application: points, apply (201), and the payment order is there. */
    static String applyAndAwaitOrder(GatewayClient member, String activityDate, String category) {
        Reply applied = earnPointsAndApply(member, activityDate, category, "10");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String renewalId = applied.text("renewalId");
        awaitOrder(member, renewalId);
        return renewalId;
    }

    static Reply apply(GatewayClient member) {
        return member.post("/api/renewals/2027", "{\"termsVersion\":\"2027.1\"}");
    }

    static void awaitOrder(GatewayClient member, String renewalId) {
        await().atMost(ASYNC).untilAsserted(() -> assertThat(member.get("/api/payments/orders").raw())
                .contains(renewalId));
    }

    static Reply payByCard(GatewayClient member, String renewalId, String cardNumber) {
        return member.post("/api/payments/orders/" + renewalId + "/card", """
                {"cardNumber":"%s","idempotencyKey":"%s"}""".formatted(cardNumber, UUID.randomUUID()));
    }

    static void awaitReportOpen(GatewayClient member) {
        await().atMost(ASYNC).untilAsserted(() -> assertThat(member.get("/api/activity-reports/2027").text("status"))
                .isEqualTo("OPEN"));
    }

    static Reply submitReport(GatewayClient member) {
        return member.post("/api/activity-reports/2027", """
                {"involvement":["TRAINING","REGIONAL"],"practiceAreas":["DX_SUPPORT","STRATEGY"],"satisfaction":4,
                 "comment":"地域企業のDX支援に資格を活かしています。"}""");
    }

    static final String HOLDER_HEADER = "member_id,name,name_kana,email,certification_number,certified_in,expiry\n";

    /** One registry row (Q1) of a holder the demo data does not have; {@code expiry} may be blank (then Q2). */
    static String holderRow(String memberId, String certificationNumber, String certifiedIn, String expiry) {
        return "%s,試験 %s,シケン テスト,%s@example.jp,%s,%s,%s\n".formatted(memberId, memberId.substring(5),
                memberId.toLowerCase(), certificationNumber, certifiedIn, expiry);
    }

    /** The operator registers a holder through the registry import (Q1). */
    static void importHolder(String memberId, String certificationNumber, String certifiedIn, String expiry) {
        Reply imported = RunningStack.operator().postCsv("/api/operator/qualifications/imports",
                HOLDER_HEADER + holderRow(memberId, certificationNumber, certifiedIn, expiry));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    }

    static void awaitStatus(GatewayClient member, String status) {
        await().atMost(ASYNC).untilAsserted(() -> assertThat(member.get("/api/renewals/2027").text("status"))
                .isEqualTo(status));
    }

    static String certificateText(GatewayClient member, String renewalId) {
        await().atMost(ASYNC).untilAsserted(() -> assertThat(member.get("/api/notices").raw()).contains(renewalId));
        byte[] pdf = member.download("/api/certificates/" + renewalId);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mails to {@code address} whose subject contains {@code subjectPart}. */
    static List<MimeMessage> mailTo(String address, String subjectPart) {
        return mailTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static List<MimeMessage> mailTo(String address) {
        return RunningStack.stack().mail().received().stream().filter(m -> {
            try {
                return String.join(",", m.getHeader("To")).contains(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
