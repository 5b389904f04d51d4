package io.sparkworkbench.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a standalone master answers before Spark is asked to use it. Spark itself retries an
 * unreachable master for a minute and then reports only "Cannot call methods on a stopped SparkContext".
 */
final class MasterProbe {

    private static final int TIMEOUT_MS = 3000;

    private MasterProbe() {
    }

    /** Throws an {@link EngineException} naming the master and the reason when no listed master answers. */
    static void requireReachable(String masterUrl) {
        if (!masterUrl.startsWith("spark://")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String hostPort : masterUrl.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0) {
                problems.add(hostPort + ": no port given");
                continue;
            }
            String host = hostPort.substring(0, colon);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, Integer.parseInt(hostPort.substring(colon + 1))), TIMEOUT_MS);
                return;
            } catch (IOException | IllegalArgumentException e) {
                problems.add(hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        throw new EngineException("Cannot reach the Spark master at " + masterUrl + " (" + String.join("; ", problems)
                + "). Check that the master runs and the URL in Settings is right.");
    }
}
