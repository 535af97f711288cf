package itc.renewal.localstack;

import itc.renewal.embedded.stack.StackConfig;

/** What {@code ./itc-renewal up} prints once everything is healthy. */
final class Walkthrough {

    private Walkthrough() {
    }

    static String text(StackConfig config, long startupMillis) {
        String url = config.gatewayUrl();
        return """

                ================================================================================
                 ITC Renewal is running: %1$s   (started in %2$d ms)
                 Business date (demo clock): %3$s — FY2027 renewal window is open.
                 Kafka 127.0.0.1:%4$d   PostgreSQL 127.0.0.1:%5$d (itc/itc)   SMTP 127.0.0.1:%6$d
                 Logs and data: %7$s      Stop: Ctrl-C
                ================================================================================
                 Member page: %1$s/login   (ITC+ メンバーページ, Japanese first; English with ?lang=en)
                 Demo members M0000001 … M0000010, password: %8$s
                 Demo operator "operator", password: %9$s
                 (generated for this stack, kept in %7$s; new holders get an activation mail, printed here)
                ================================================================================
                 Walk-through (member M0000001 見本 太郎; M0000006 is a free first renewal):

                 A=(-u 'M0000001:%8$s' -H 'Content-Type: application/json')
                 # 1 register 10 practice points for FY2026 (実践力ポイント)
                 curl -s "${A[@]}" -d '{"activityDate":"2026-10-01","category":"TEACHING_PUBLISHING","title":"ITC実践講座 講師","points":10}' %1$s/api/points/entries
                 curl -s "${A[@]}" '%1$s/api/points?fiscalYear=2026'
                 # 2 apply for the FY2027 renewal (資格更新申請)
                 curl -s "${A[@]}" %1$s/api/renewals/2027
                 curl -s "${A[@]}" -d '{"termsVersion":"2027.1"}' %1$s/api/renewals/2027
                 # 3 pay the fee by card (4242424242424242 succeeds, 4000000000000002 is declined); bank transfer and
                 #   convenience store for M0000002/M0000003: see README (invoice, ./itc-renewal bank-statement, till)
                 curl -s "${A[@]}" %1$s/api/payments/orders
                 curl -s "${A[@]}" -d '{"method":"CARD"}' %1$s/api/payments/orders/2027-M0000001/method
                 curl -s "${A[@]}" -d '{"cardNumber":"4242424242424242","idempotencyKey":"demo-1"}' %1$s/api/payments/orders/2027-M0000001/card
                 curl -s "${A[@]}" -o receipt.pdf %1$s/api/payments/orders/2027-M0000001/receipt
                 # 4 submit the practice activity report (実務活動報告)
                 curl -s "${A[@]}" -d '{"involvement":["TRAINING"],"practiceAreas":["DX_SUPPORT"],"satisfaction":4,"comment":"充実"}' %1$s/api/activity-reports/2027
                 # 5 renewal complete: status, notice, certificate PDF; the e-mail is printed here
                 curl -s "${A[@]}" %1$s/api/renewals/2027
                 curl -s "${A[@]}" %1$s/api/notices
                 curl -s "${A[@]}" -o certificate.pdf %1$s/api/certificates/2027-M0000001
                ================================================================================
                """.formatted(url, startupMillis, config.demoTime(), config.kafkaPort(), config.postgresPort(),
                config.smtpPort(), config.dataDirectory(), config.demoMemberPassword(), config.demoOperatorPassword());
    }
}
