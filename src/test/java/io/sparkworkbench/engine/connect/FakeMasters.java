package io.sparkworkbench.engine.connect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.SecurityManager;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.DeployMessages;
import org.apache.spark.deploy.master.MasterMessages;
import org.apache.spark.deploy.master.RecoveryState$;
import org.apache.spark.deploy.master.WorkerInfo;
import org.apache.spark.rpc.RpcCallContext;
import org.apache.spark.rpc.RpcEndpoint;
import org.apache.spark.rpc.RpcEnv;
import scala.Option;
import scala.PartialFunction;
import scala.runtime.AbstractPartialFunction;
import scala.runtime.BoxedUnit;

/** In-process stand-ins for what a Test connection can meet, all on loopback, all closed by the test. */
final class FakeMasters implements AutoCloseable {

    private final List<AutoCloseable> open = new ArrayList<>();

    /** A port that was free a moment ago: nothing listens there. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Accepts connections and never says a word. */
    int silentSocket() throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        List<Socket> accepted = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-socket");
        acceptor.setDaemon(true);
        acceptor.start();
        open.add(() -> {
            server.close();
            for (Socket s : accepted) {
                s.close();
            }
        });
        return server.getLocalPort();
    }

    /**
     * A Spark RPC server on loopback with an endpoint "Master" that answers every ask with
     * {@code answer.apply(message)}.
     *
     * @param secret null = no authentication
     */
    int rpcMaster(String secret, Function<Object, Object> answer) {
        SparkConf conf = new SparkConf(false).set("spark.rpc.io.serverThreads", "1");
        if (secret != null) {
            conf.set("spark.authenticate", "true").set("spark.authenticate.secret", secret);
        }
        SecurityManager security = new SecurityManager(conf, Option.empty(),
                org.apache.spark.internal.config.package$.MODULE$.AUTH_SECRET_FILE_DRIVER());
        RpcEnv env = RpcEnv.create("fake-master", "127.0.0.1", 0, conf, security, false);
        env.setupEndpoint("Master", new AnsweringEndpoint(env, answer));
        open.add(() -> {
            env.shutdown();
            env.awaitTermination();
        });
        return env.address().port();
    }

    /** The state a master with these workers (cores each) reports; its web UI on {@code webUiPort}. */
    static Function<Object, Object> masterWith(int webUiPort, int... workerCores) {
        return message -> {
            if (message instanceof MasterMessages.BoundPortsRequest$) {
                return new MasterMessages.BoundPortsResponse(0, webUiPort, Option.empty());
            }
            WorkerInfo[] workers = new WorkerInfo[workerCores.length];
            for (int i = 0; i < workers.length; i++) {
                workers[i] = new WorkerInfo("worker-" + i, "127.0.0.1", 40_000 + i, workerCores[i], 1024, null,
                        "http://127.0.0.1:8081", scala.collection.immutable.Map$.MODULE$.empty());
            }
            return new DeployMessages.MasterStateResponse("127.0.0.1", 7077, Option.empty(), workers,
                    new org.apache.spark.deploy.master.ApplicationInfo[0], new org.apache.spark.deploy.master.ApplicationInfo[0],
                    new org.apache.spark.deploy.master.DriverInfo[0], new org.apache.spark.deploy.master.DriverInfo[0],
                    RecoveryState$.MODULE$.ALIVE());
        };
    }

    /** An HTTP page on loopback that names a Spark version the way every Spark web UI page does. */
    int webUiOfVersion(String version) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><body><a class=\"navbar-brand\"><img src=\"/static/spark-logo.png\"/>"
                + "<span class=\"version\">" + version + "</span></a><h3>Spark Master at spark://x:7077</h3></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        open.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static final class AnsweringEndpoint implements RpcEndpoint {
        private final RpcEnv env;
        private final Function<Object, Object> answer;

        AnsweringEndpoint(RpcEnv env, Function<Object, Object> answer) {
            this.env = env;
            this.answer = answer;
        }

        @Override
        public RpcEnv rpcEnv() {
            return env;
        }

        @Override
        public PartialFunction<Object, BoxedUnit> receiveAndReply(RpcCallContext context) {
            return new AbstractPartialFunction<>() {
                @Override
                public boolean isDefinedAt(Object message) {
                    return true;
                }

                @Override
                public BoxedUnit apply(Object message) {
                    context.reply(answer.apply(message));
                    return BoxedUnit.UNIT;
                }
            };
        }
    }
}
