package itc.renewal.embedded.stack;

import itc.renewal.embedded.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Where the stack keeps its data, the ports it listens on (loopback only) and the demo business
 * time (rule D2) every service starts with; {@code instances} of every service run side by side.
 */
public record StackConfig(Path repoRoot, Path dataDirectory, boolean keepData, int postgresPort, int kafkaPort,
                          int kafkaControllerPort, int smtpPort, List<ServiceSpec> services, String demoTime,
                          int instances) {

    public static final String DEFAULT_DEMO_TIME = "2027-04-10T10:00:00+09:00";

    /** The long-lived local stack: fixed ports, data kept across starts. */
    public static StackConfig local(Path repoRoot, String demoTime) {
        return new StackConfig(repoRoot, repoRoot.resolve(".data"), true, 15432, 19092, 19093, 3025,
                ServiceSpec.defaults(), demoTime, 1);
    }

    /** A throw-away stack for tests: free ports, fresh data. */
    public static StackConfig ephemeral(Path repoRoot, Path dataDirectory) {
        List<ServiceSpec> services = ServiceSpec.defaults().stream().map(s -> s.withPort(FreePorts.next())).toList();
        return new StackConfig(repoRoot, dataDirectory, false, 0, FreePorts.next(), FreePorts.next(),
                FreePorts.next(), services, DEFAULT_DEMO_TIME, 1);
    }

    /**
     * The same stack with {@code count} instances of every service and of the gateway, each behind a balancer on
     * the service's port (issue 11, several instances).
     */
    public StackConfig withInstances(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("instances must be at least 1, not " + count);
        }
        return new StackConfig(repoRoot, dataDirectory, keepData, postgresPort, kafkaPort, kafkaControllerPort,
                smtpPort, services, demoTime, count);
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + service(ServiceSpec.GATEWAY).port();
    }

    /**
     * The secret the gateway and the services sign identities with (platform.identity.secret): this stack's own,
     * generated at its first start and kept in the data directory (readable by its owner only), so no two stacks,
     * and no stack and the code, share one.
     */
    public String identitySecret() {
        return secret("identity-secret");
    }

    /**
     * The secret of the certificates' verification tokens (rule C5): this stack's own, kept like the identity secret
     * but never rotated with it, so certificates printed earlier keep verifying.
     */
    public String verificationSecret() {
        return secret("verification-secret");
    }

    /** The simulated store network's callback secret (payment.store-callback-secret), kept like the others. */
    public String storeCallbackSecret() {
        return secret("store-callback-secret");
    }

    /**
     * The password of the demo members M0000001 … M0000010 (the gateway's DemoAccounts): generated for this stack at
     * its first start, kept like the secrets and printed by the launcher, so nobody logs in with a password from
     * the code.
     */
    public String demoMemberPassword() {
        return password("demo-member-password");
    }

    /** The password of the demo operator {@code operator}, kept and printed like the members'. */
    public String demoOperatorPassword() {
        return password("demo-operator-password");
    }

    /** activity-report-service's key-encryption key (R4): 32 random bytes, base64, kept like the others. */
    public String reportKeyEncryptionKey() {
        Path file = dataDirectory.resolve("report-key-encryption-key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            keep(file, Base64.getEncoder().encodeToString(key));
        }
        return read(file);
    }

    /** Easy to type from the printed banner: four groups of four letters and digits (about 80 bits). */
    private String password(String name) {
        Path file = dataDirectory.resolve(name);
        if (!Files.exists(file)) {
            String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            keep(file, password.toString());
        }
        return read(file);
    }

    private String secret(String name) {
        Path file = dataDirectory.resolve(name);
        if (!Files.exists(file)) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            keep(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return read(file);
    }

    /** Writes a secret readable by its owner only. */
    private void keep(Path file, String secret) {
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(file, secret);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the secret " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret " + file, e);
        }
    }
}
