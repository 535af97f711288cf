package itc.renewal.embedded.stack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a Kubernetes Service or Compose's DNS gives several instances of one service, on loopback: one port that
 * hands each new TCP connection to the next instance in rotation (round robin), skipping an instance that refuses
 * it. An instance is taken out of the rotation before it is stopped on purpose and put back once it is healthy;
 * a crashed one refuses connections until it is back. Connections already open stay with their instance (and
 * break with it), as with a real load balancer.
 */
final class LoopbackBalancer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoopbackBalancer.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final String name;
    private final ServerSocket listener;
    private final List<Integer> rotation = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService pipes = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "balancer-pipe");
        thread.setDaemon(true);
        return thread;
    });

    LoopbackBalancer(String name, int port) throws IOException {
        this.name = name;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        Thread acceptor = new Thread(this::accept, "balancer-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Puts an instance (its port) into the rotation. */
    void add(int port) {
        if (!rotation.contains(port)) {
            rotation.add(port);
        }
    }

    /** Takes an instance out of the rotation: new connections go to the others. */
    void remove(int port) {
        rotation.remove(Integer.valueOf(port));
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                pipes.execute(() -> connect(client));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.warn("{} balancer: accept failed: {}", name, e.toString());
                }
            }
        }
    }

    /** Connects the client to the next instance that accepts; closes it if none does (as connection refused). */
    private void connect(Socket client) {
        List<Integer> ports = List.copyOf(rotation);
        int start = Math.floorMod(next.getAndIncrement(), Math.max(ports.size(), 1));
        for (int i = 0; i < ports.size(); i++) {
            int port = ports.get((start + i) % ports.size());
            Socket instance = new Socket();
            try {
                instance.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                        CONNECT_TIMEOUT_MILLIS);
                instance.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                pipes.execute(() -> pipe(client, instance));
                pipe(instance, client);
                return;
            } catch (IOException refused) {
                closeQuietly(instance);
            }
        }
        closeQuietly(client);
    }

    /** Copies one direction until either side ends, then closes both. */
    private static void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // the other direction or the peer closed the connection
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pipes.shutdownNow();
    }
}
