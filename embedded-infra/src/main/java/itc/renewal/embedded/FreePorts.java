package itc.renewal.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for servers that must be told their port up front. Chosen below Linux's ephemeral range
 * (32768–60999), which the kernel hands to outgoing connections: a port taken from that range could be given to a
 * client socket (a Kafka or JDBC connection) between being chosen here and the server binding it. A port is given
 * out once per JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20000;
    private static final int HIGHEST = 32767;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int next() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port between " + LOWEST + " and " + HIGHEST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
