package itc.renewal.systemtests;

import itc.renewal.embedded.stack.Stack;
import itc.renewal.embedded.stack.StackConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the whole stack once for all system tests of the run (real PostgreSQL, real Kafka broker,
 * real SMTP server, every service as its own JVM from its built jar) and stops it at the end.
 */
public final class RunningStack implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (stack == null) {
                Path root = Path.of(System.getProperty("itc.root", "..")).toAbsolutePath().normalize();
                Path data = Files.createTempDirectory("itc-system-test");
                // the several-instance run (failsafe execution two-instances) sets itc.stack.instances=2
                int instances = Integer.getInteger("itc.stack.instances", 1);
                stack = Stack.start(StackConfig.ephemeral(root, data).withInstances(instances));
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("itc-stack", (ExtensionContext.Store.CloseableResource) stack::close);
            }
        }
    }

    public static Stack stack() {
        return stack;
    }

    /**
     * An API client logged in as {@code memberId} with HTTP Basic: a demo member with the stack's demo password, any
     * other holder with the password set from their activation mail the first time the client sends a request (the
     * holder may be imported after the client is made).
     */
    public static GatewayClient as(String memberId) {
        return new GatewayClient(stack.config().gatewayUrl(), memberId, () -> MemberAccounts.passwordOf(memberId));
    }

    /** The demo operator login of the gateway (role OPERATOR). */
    public static GatewayClient operator() {
        return new GatewayClient(stack.config().gatewayUrl(), "operator", stack.config().demoOperatorPassword());
    }

    public static TopicReader topic(String topic) {
        return new TopicReader(stack.kafkaBootstrapServers(), topic);
    }
}
