package io.sparkworkbench.engine.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The address the driver listens on and tells executors to call back: loopback when Spark runs in this
 * JVM or the master is on this machine's loopback, else the address of the interface that routes to the
 * master, unless the user set one. Binding loopback for a remote master is why executors never reached us.
 */
public final class DriverAddress {

    public static final String LOOPBACK = "127.0.0.1";

    /** Asks the OS which local address a packet to the target would leave from. */
    @FunctionalInterface
    public interface Router {
        InetAddress localAddressTowards(String host, int port) throws IOException;
    }

    /**
     * A UDP socket "connected" to the master: connect() sends nothing, it only consults the routing
     * table, and getLocalAddress() then names the outgoing interface.
     */
    public static final Router OS_ROUTES = (host, port) -> {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port));
            return socket.getLocalAddress();
        }
    };

    private DriverAddress() {
    }

    /**
     * @param override the user's choice from Settings; blank = automatic
     * @throws IllegalStateException naming the master when no route to it exists
     */
    public static String choose(String masterUrl, String override, Router router) {
        if (override != null && !override.isBlank()) {
            return override.strip();
        }
        if (!MasterAddresses.isStandalone(masterUrl)) {
            // local[…] runs executors in this JVM; yarn/k8s masters are left to Spark's own defaults there.
            return LOOPBACK;
        }
        MasterAddresses.HostPort first = MasterAddresses.parse(masterUrl).get(0);
        if (isLoopback(first.host())) {
            return LOOPBACK;
        }
        try {
            InetAddress local = router.localAddressTowards(first.host(), first.port());
            if (local == null || local.isAnyLocalAddress()) {
                throw new IllegalStateException("No network route from this computer to the master " + first
                        + "; set the driver address in Settings → Connection");
            }
            return local.getHostAddress();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot find the local address that reaches the master " + first + " ("
                    + e.getMessage() + "); set the driver address in Settings → Connection", e);
        }
    }

    /** {@code localhost}, 127.x.x.x or ::1 as written: no name lookup. */
    public static boolean isLoopbackLiteral(String host) {
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    /** True when {@code host} is (or resolves only to) a loopback address. Unknown hosts are not loopback. */
    public static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
