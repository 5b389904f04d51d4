package io.sparkworkbench.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Loopback ports nobody listens on, for the daemons' RPC and web UI ports. A port is free when it can be
 * bound on 127.0.0.1 now; a daemon that loses the race to another program fails to start and says so in
 * its log, which the start reports.
 */
final class FreePorts {

    private final Set<Integer> handedOut = new HashSet<>();

    /** {@code preferred} when it is free (and not handed out already), else any free port. */
    synchronized int preferOrAny(int preferred) {
        if (!handedOut.contains(preferred) && isFree(preferred)) {
            handedOut.add(preferred);
            return preferred;
        }
        return any();
    }

    synchronized int any() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = bindEphemeral();
            if (handedOut.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free loopback port found");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As Spark's own servers bind: a port whose last connections linger in TIME_WAIT is free to them.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int bindEphemeral() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind a loopback port", e);
        }
    }
}
