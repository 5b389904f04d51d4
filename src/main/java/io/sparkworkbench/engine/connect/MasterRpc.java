package io.sparkworkbench.engine.connect;

import java.time.Duration;
import org.apache.spark.SecurityManager;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.DeployMessages;
import org.apache.spark.deploy.master.WorkerInfo;
import org.apache.spark.rpc.RpcAddress;
import org.apache.spark.rpc.RpcEndpointRef;
import org.apache.spark.rpc.RpcEnv;
import org.apache.spark.rpc.netty.NettyRpcEndpointRef;
import org.apache.spark.rpc.netty.NettyRpcEnv;
import org.apache.spark.rpc.netty.RequestMessage;
import org.apache.spark.network.client.TransportClient;
import scala.Option;
import java.nio.ByteBuffer;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Asks a standalone master for its state the way {@code spark-class ... deploy.Client} and the master's
 * own web UI do: a client-only {@link RpcEnv} (it opens no port) looks up the endpoint "Master" and asks
 * {@code RequestMasterState}. No SparkContext is involved, so nothing registers with the cluster.
 */
final class MasterRpc {

    /**
     * What a master said about itself. {@code status} is its recovery state: ALIVE, STANDBY, RECOVERING…
     * No "cores used": WorkerInfo's usage fields are transient and arrive as 0.
     */
    record MasterState(String uri, String status, int aliveWorkers, int cores, int webUiPort) {
    }

    private MasterRpc() {
    }

    /**
     * @throws Exception whatever Spark's RPC layer threw: {@link ConnectionTest} tells what it means
     */
    static MasterState ask(String host, int port, SharedSecret secret, Duration timeout) throws Exception {
        SparkConf conf = new SparkConf(false)
                .set("spark.rpc.askTimeout", timeout.toMillis() + "ms")
                .set("spark.rpc.lookupTimeout", timeout.toMillis() + "ms")
                .set("spark.network.timeout", Math.max(1, timeout.toSeconds()) + "s")
                .set("spark.rpc.io.numConnectionsPerPeer", "1")
                .set("spark.rpc.netty.dispatcher.numThreads", "1")
                .set("spark.rpc.io.serverThreads", "1")
                .set("spark.rpc.io.clientThreads", "1");
        if (secret.isSet()) {
            conf.set("spark.authenticate", "true").set("spark.authenticate.secret", secret.reveal());
        }
        SecurityManager security = new SecurityManager(conf, Option.empty(),
                org.apache.spark.internal.config.package$.MODULE$.AUTH_SECRET_FILE_DRIVER());
        RpcEnv env = RpcEnv.create("workbench-probe", "127.0.0.1", 0, conf, security, true);
        try {
            RpcAddress address = new RpcAddress(host, port);
            // The connection first, on this thread: a refused secret fails here, in the handshake, instead
            // of surfacing later as Spark's "Message is dropped because Outbox is stopped".
            try {
                ((NettyRpcEnv) env).createClient(address);
            } catch (RuntimeException e) {
                if (secret.isSet()) {
                    throw new HandshakeFailed(e);
                }
                throw e;
            }
            RpcEndpointRef master = env.setupEndpointRef(address, "Master");
            Object reply = askReadingTheReplyHere((NettyRpcEnv) env, master, DeployMessages.RequestMasterState$.MODULE$, timeout);
            if (!(reply instanceof DeployMessages.MasterStateResponse state)) {
                throw new UnexpectedReply(reply == null ? "null" : reply.getClass().getName());
            }
            int webUiPort = webUiPort((NettyRpcEnv) env, master, timeout);
            int alive = 0;
            int cores = 0;
            for (WorkerInfo worker : state.workers()) {
                if ("ALIVE".equals(worker.state().toString())) {
                    alive++;
                    cores += worker.cores();
                }
            }
            return new MasterState(state.uri(), state.status().toString(), alive, cores, webUiPort);
        } finally {
            env.shutdown();
        }
    }

    /**
     * {@code askSync} by hand: Spark's own ask deserializes the reply on a network thread, and when that
     * fails (a reply from another Spark version) it only logs it and lets the ask time out. Here the
     * reply's bytes come back to this thread, so the {@code InvalidClassException} reaches the caller.
     */
    private static Object askReadingTheReplyHere(NettyRpcEnv env, RpcEndpointRef endpoint, Object message, Duration timeout)
            throws Exception {
        TransportClient client = env.createClient(endpoint.address());
        ByteBuffer request = new RequestMessage(env.address(), (NettyRpcEndpointRef) endpoint, message).serialize(env);
        ByteBuffer reply = client.sendRpcSync(request, timeout.toMillis());
        ClassTag<Object> any = ClassTag$.MODULE$.Any();
        return env.deserialize(client, reply, any);
    }

    /** The master's web UI port (to read its version from the page), or 0 when it does not say. */
    private static int webUiPort(NettyRpcEnv env, RpcEndpointRef master, Duration timeout) {
        try {
            Object reply = askReadingTheReplyHere(env, master,
                    org.apache.spark.deploy.master.MasterMessages.BoundPortsRequest$.MODULE$, timeout);
            if (reply instanceof org.apache.spark.deploy.master.MasterMessages.BoundPortsResponse ports) {
                return ports.webUIPort();
            }
        } catch (Exception e) {
            // An older or stripped master without the request: the version stays unknown.
        }
        return 0;
    }

    /** The SASL handshake with the secret failed: a wrong secret, or a master that uses none. */
    static final class HandshakeFailed extends Exception {
        HandshakeFailed(Throwable cause) {
            super("The authentication handshake failed", cause);
        }
    }

    /** The endpoint "Master" answered with something that is not a master's state. */
    static final class UnexpectedReply extends Exception {
        UnexpectedReply(String type) {
            super("The endpoint answered with " + type + " instead of the master's state");
        }
    }
}
