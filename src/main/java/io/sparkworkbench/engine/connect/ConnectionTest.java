package io.sparkworkbench.engine.connect;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkException;

/**
 * Settings → Connection → Test connection, and the engine method a command could use: answers within
 * about 5 s and starts no SparkContext. A TCP connect tells unknown hosts, unreachable hosts and closed
 * ports apart; a client-only Spark RPC call asks the endpoint "Master" for its state, and what comes back
 * (or what fails) tells a master from something else, a refused secret and another Spark version.
 */
public final class ConnectionTest {

    public enum Outcome { SUCCESS, NOT_STANDALONE, BAD_URL, UNKNOWN_HOST, UNREACHABLE, NOTHING_LISTENING, NOT_A_MASTER,
        AUTH_REFUSED, VERSION_MISMATCH }

    /** The answer: one sentence naming the master, never the secret. */
    public record Verdict(Outcome outcome, String message) {
        public boolean ok() {
            return outcome == Outcome.SUCCESS;
        }
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1500);
    static final Duration RPC_TIMEOUT = Duration.ofSeconds(3);
    static final Duration UI_TIMEOUT = Duration.ofMillis(1000);
    /** The whole test, whatever Spark's RPC layer does: the dialog promises an answer within 5 s. */
    static final Duration DEADLINE = Duration.ofSeconds(5);

    /** Tests run one at a time per click, bounded by the deadline: a small shared pool, not a thread per click. */
    private static final java.util.concurrent.ExecutorService RUNNER = java.util.concurrent.Executors.newCachedThreadPool(
            io.sparkworkbench.engine.EngineThreads.factory("connection-test"));

    private final String sparkVersion;

    /** @param sparkVersion the version this app runs, compared with the master's */
    public ConnectionTest(String sparkVersion) {
        this.sparkVersion = sparkVersion;
    }

    /** The version of Spark on this app's classpath. */
    public static ConnectionTest forThisApp() {
        return new ConnectionTest(org.apache.spark.package$.MODULE$.SPARK_VERSION());
    }

    /** Runs on a daemon thread of the test pool (not Spark work: no engine thread, no job tag). */
    public CompletableFuture<Verdict> runAsync(String masterUrl, SharedSecret secret) {
        return CompletableFuture.supplyAsync(() -> run(masterUrl, secret), RUNNER).completeOnTimeout(new Verdict(Outcome.NOT_A_MASTER, "No answer from " + masterUrl + " within "
                + DEADLINE.toSeconds() + " s: something accepts connections there but does not answer as a Spark master."),
                DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Blocks for at most about {@link #DEADLINE}; never throws. */
    public Verdict run(String masterUrl, SharedSecret secret) {
        String url = masterUrl == null ? "" : masterUrl.strip();
        if (url.startsWith("local")) {
            return new Verdict(Outcome.NOT_STANDALONE, "'" + url + "' runs Spark inside this app: there is no cluster to test.");
        }
        if (!MasterAddresses.isStandalone(url)) {
            return new Verdict(Outcome.NOT_STANDALONE, "Only standalone masters (spark://host:port) can be tested, not '" + url + "'.");
        }
        List<MasterAddresses.HostPort> masters;
        try {
            masters = MasterAddresses.parse(url);
        } catch (IllegalArgumentException e) {
            return new Verdict(Outcome.BAD_URL, e.getMessage());
        }
        Verdict first = null;
        for (MasterAddresses.HostPort master : masters) {
            Verdict verdict = secretFree(probe(master, secret), secret);
            if (verdict.ok()) {
                return verdict;
            }
            if (first == null) {
                first = verdict;
            }
        }
        return first;
    }

    private Verdict probe(MasterAddresses.HostPort master, SharedSecret secret) {
        String where = "spark://" + master;
        Optional<Verdict> unreachable = tcpCheck(master, where);
        if (unreachable.isPresent()) {
            return unreachable.get();
        }
        MasterRpc.MasterState state;
        try {
            state = MasterRpc.ask(master.host(), master.port(), secret, RPC_TIMEOUT);
        } catch (Exception e) {
            return classify(e, where, secret);
        } catch (LinkageError e) {
            return new Verdict(Outcome.VERSION_MISMATCH, "The master at " + where + " answered in a form this app's Spark "
                    + sparkVersion + " cannot read (" + e + "): it runs another Spark version.");
        }
        Optional<String> version = MasterUiVersion.read(master.host(), state.webUiPort(), UI_TIMEOUT);
        if (version.isPresent() && !sameRelease(version.get(), sparkVersion)) {
            return new Verdict(Outcome.VERSION_MISMATCH, "The master at " + where + " runs Spark " + version.get()
                    + "; this app runs Spark " + sparkVersion + ". Driver and cluster need the same Spark version.");
        }
        return new Verdict(Outcome.SUCCESS, success(state, where, version));
    }

    private static Optional<Verdict> tcpCheck(MasterAddresses.HostPort master, String where) {
        InetAddress address;
        try {
            address = InetAddress.getByName(master.host());
        } catch (UnknownHostException e) {
            return Optional.of(new Verdict(Outcome.UNKNOWN_HOST, "Unknown host '" + master.host() + "' in " + where
                    + ": no such name in DNS or the hosts file."));
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, master.port()), (int) CONNECT_TIMEOUT.toMillis());
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of(new Verdict(Outcome.NOTHING_LISTENING, "Nothing listens on port " + master.port() + " of "
                    + master.host() + " (" + where + "): the master is not running there, or the port is wrong (7077 by default)."));
        } catch (SocketTimeoutException | NoRouteToHostException e) {
            return Optional.of(new Verdict(Outcome.UNREACHABLE, "Cannot reach " + master.host() + " (" + where + "): no answer within "
                    + CONNECT_TIMEOUT.toMillis() + " ms. The host is down, or a firewall drops the connection."));
        } catch (IOException e) {
            return Optional.of(new Verdict(Outcome.UNREACHABLE, "Cannot reach " + where + ": " + e.getMessage()));
        }
    }

    /** What a failed RPC to something that accepted our TCP connection means. */
    Verdict classify(Throwable error, String where, SharedSecret secret) {
        String chain = ErrorChain.text(error);
        if (ErrorChain.has(error, "InvalidClassException", "ClassNotFoundException", "StreamCorruptedException",
                "NoSuchFieldError", "NoSuchMethodError") || chain.contains("serialVersionUID")) {
            return new Verdict(Outcome.VERSION_MISMATCH, "The master at " + where + " speaks another Spark version: its answer "
                    + "cannot be read by this app's Spark " + sparkVersion + " (" + ErrorChain.firstLine(chain) + ").");
        }
        if (error instanceof MasterRpc.HandshakeFailed && !wrongSecret(chain)) {
            return new Verdict(Outcome.AUTH_REFUSED, "The master at " + where + " did not take part in the authentication "
                    + "handshake: it probably runs without spark.authenticate while a shared secret is set in Settings "
                    + "(clear it there), or it is not a Spark master.");
        }
        if (looksLikeAuthentication(chain)) {
            String which = secret.isSet() ? "refused the shared secret set in Settings (it differs from the cluster's)"
                    : "requires authentication (spark.authenticate), and no shared secret is set in Settings";
            return new Verdict(Outcome.AUTH_REFUSED, "The master at " + where + " " + which + ".");
        }
        if (chain.contains("Too large frame") || chain.contains("Frame length should be positive")) {
            return new Verdict(Outcome.NOT_A_MASTER, "Something answers at " + where + ", but not in Spark's RPC protocol: "
                    + "a web UI or another service? The master's port is 7077 by default, its web UI's 8080.");
        }
        if (chain.matches("(?s).*Connection from \\S+ closed.*")) {
            return new Verdict(Outcome.NOT_A_MASTER, "Something at " + where + " closed the connection without answering as "
                    + "a Spark master: a web UI or another service? The master's port is 7077 by default, its web UI's 8080.");
        }
        if (ErrorChain.has(error, "RpcEndpointNotFoundException")) {
            return new Verdict(Outcome.NOT_A_MASTER, "Something Spark-like answers at " + where + ", but it is not a master "
                    + "(a worker or a driver port?).");
        }
        if (ErrorChain.has(error, "UnexpectedReply")) {
            return new Verdict(Outcome.NOT_A_MASTER, "The endpoint at " + where + " is not a standalone master: "
                    + ErrorChain.firstLine(chain) + ".");
        }
        if (ErrorChain.has(error, "TimeoutException", "RpcTimeoutException")) {
            String hint = secret.isSet() ? " (or it does not use authentication while a secret is set in Settings)" : "";
            return new Verdict(Outcome.NOT_A_MASTER, "Something accepts connections at " + where + " but did not answer as a "
                    + "Spark master within " + RPC_TIMEOUT.toSeconds() + " s: is this the master's port, not its web UI's?" + hint);
        }
        if (error instanceof SparkException || error instanceof IOException || error instanceof TimeoutException) {
            return new Verdict(Outcome.NOT_A_MASTER, "The connection to " + where + " failed: " + ErrorChain.firstLine(chain));
        }
        return new Verdict(Outcome.NOT_A_MASTER, "Unexpected answer from " + where + ": " + ErrorChain.firstLine(chain));
    }

    /** SASL's words when both sides authenticate but the secrets differ. */
    private static boolean wrongSecret(String chain) {
        return chain.contains("Mismatched response") || chain.contains("digest response") || chain.contains("AEADBadTag")
                || chain.contains("mac check failed");
    }

    /** The auth handshake's failures: Spark's own auth engine, SASL, and the server closing on a non-auth message. */
    private static boolean looksLikeAuthentication(String chain) {
        String lower = chain.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("authenticat") || lower.contains("sasl") || lower.contains("auth engine")
                || lower.contains("authengine") || lower.contains("unexpected challenge") || lower.contains("bad_padding")
                || lower.contains("aeadbadtag") || lower.contains("mac check failed");
    }

    private static Verdict secretFree(Verdict verdict, SharedSecret secret) {
        return new Verdict(verdict.outcome(), secret.mask(verdict.message()));
    }

    private String success(MasterRpc.MasterState state, String where, Optional<String> version) {
        String who = version.map(v -> "Spark " + v + " master").orElse("Spark master (version not shown: its web UI did not answer)");
        String standby = "ALIVE".equals(state.status()) ? "" : " (" + state.status().toLowerCase(java.util.Locale.ROOT)
                + ": another master is active)";
        return who + " at " + where + standby + ": " + state.aliveWorkers() + (state.aliveWorkers() == 1 ? " worker, " : " workers, ")
                + state.cores() + (state.cores() == 1 ? " core" : " cores") + ".";
    }

    /** Same major.minor.patch: a 4.1.0 driver needs a 4.1.0 cluster (Spark does not promise more). */
    static boolean sameRelease(String a, String b) {
        return release(a).equals(release(b));
    }

    private static String release(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? version : version.substring(0, dash);
    }
}
