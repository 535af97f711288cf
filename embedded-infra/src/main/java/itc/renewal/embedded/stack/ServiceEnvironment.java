package itc.renewal.embedded.stack;

import itc.renewal.embedded.PostgresServer;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The environment variables one service process of the stack is started with: where everything is, the secrets. */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /**
     * @param clockStartedAt when the stack's business time was its demo time: one instant for every service, so their
     *                       business clocks agree however far apart they start
     * @param jdbcUrl        the JDBC URL of a database of the stack's PostgreSQL
     * @param traces         where the services export their spans (OTLP/HTTP); null: nowhere
     */
    static Map<String, String> of(ServiceSpec spec, StackConfig config, String identitySecret, Instant clockStartedAt,
                                  String kafkaBootstrapServers, int smtpPort, UnaryOperator<String> jdbcUrl,
                                  String traces) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", Integer.toString(spec.port()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(smtpPort));
        env.put("ITC_DEMO_TIME", config.demoTime());
        env.put("PLATFORM_CLOCK_STARTEDAT", clockStartedAt.toString());
        env.put("ITC_CLOCK_ADJUSTABLE", "true");
        env.put("RENEWAL_DEMO_DATA", "true");
        env.put("PUBLIC_BASE_URL", config.gatewayUrl());
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        env.put("PLATFORM_IDENTITY_SECRET", identitySecret);
        env.put("NOTIFICATION_VERIFICATION_SECRET", config.verificationSecret());
        env.put("PAYMENT_CARD_PROVIDER", "simulated");
        env.put("PAYMENT_CONVENIENCE_STORE_NETWORK", "simulated");
        env.put("PAYMENT_STORE_CALLBACK_SECRET", config.storeCallbackSecret());
        env.put("REPORT_KEY_ENCRYPTION_KEY", config.reportKeyEncryptionKey());
        env.put("GATEWAY_DEMO_ACCOUNTS_MEMBER_PASSWORD", config.demoMemberPassword());
        env.put("GATEWAY_DEMO_ACCOUNTS_OPERATOR_PASSWORD", config.demoOperatorPassword());
        if (traces != null) {
            env.put("MANAGEMENT_OTLP_TRACING_ENDPOINT", traces);
        }
        if (spec.hasDatabase()) {
            env.put("DB_URL", jdbcUrl.apply(spec.database()));
            env.put("DB_USER", PostgresServer.USER);
            env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        }
        Map.of("POINTS_URL", "points-service", "RENEWAL_URL", "renewal-service", "PAYMENT_URL", "payment-service",
                "REPORT_URL", "activity-report-service", "NOTIFICATION_URL", "notification-service")
                .forEach((variable, service) -> env.put(variable,
                        "http://127.0.0.1:" + config.service(service).port()));
        return env;
    }
}
