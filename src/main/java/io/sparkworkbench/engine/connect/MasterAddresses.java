package io.sparkworkbench.engine.connect;

import java.util.ArrayList;
import java.util.List;

/** The host:port pairs of a {@code spark://h1:p1,h2:p2} URL (standalone masters with standby). */
public final class MasterAddresses {

    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    private static final String SCHEME = "spark://";

    private MasterAddresses() {
    }

    public static boolean isStandalone(String masterUrl) {
        return masterUrl != null && masterUrl.startsWith(SCHEME);
    }

    /**
     * The listed masters in order.
     *
     * @throws IllegalArgumentException naming the part that is not {@code host:port}
     */
    public static List<HostPort> parse(String masterUrl) {
        if (!isStandalone(masterUrl)) {
            throw new IllegalArgumentException("'" + masterUrl + "' is not a standalone master URL (spark://host:port)");
        }
        List<HostPort> result = new ArrayList<>();
        for (String part : masterUrl.substring(SCHEME.length()).split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw new IllegalArgumentException("'" + part + "' in " + masterUrl + " is not host:port");
            }
            int port;
            try {
                port = Integer.parseInt(part.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The port of '" + part + "' in " + masterUrl + " is not a number");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("The port of '" + part + "' in " + masterUrl + " is not 1 to 65535");
            }
            result.add(new HostPort(part.substring(0, colon), port));
        }
        return result;
    }
}
