package io.sparkworkbench.engine.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * What a standalone master says about itself on its web UI's {@code /json/} page (loopback only): its
 * status and every worker it knows with that worker's state, cores and memory. Plain HTTP through
 * {@code java.base}, since the packaged app's runtime has no {@code java.net.http}.
 */
public record MasterView(String status, List<Worker> workers) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MS = 2000;

    /** One worker as the master sees it; {@code state} is ALIVE, DEAD, DECOMMISSIONED or UNKNOWN. */
    public record Worker(String id, String host, int port, String state, int cores, int coresUsed, long memoryMb,
                         long memoryUsedMb) {

        public boolean alive() {
            return "ALIVE".equals(state);
        }
    }

    public List<Worker> aliveWorkers() {
        return workers.stream().filter(Worker::alive).toList();
    }

    public int aliveCores() {
        return aliveWorkers().stream().mapToInt(Worker::cores).sum();
    }

    public long aliveMemoryMb() {
        return aliveWorkers().stream().mapToLong(Worker::memoryMb).sum();
    }

    /** Asks the master whose web UI listens on {@code webUiPort}; throws IOException while it does not answer. */
    public static MasterView fetch(int webUiPort) throws IOException {
        URL url = new URL("http://127.0.0.1:" + webUiPort + "/json/");
        HttpURLConnection http = (HttpURLConnection) url.openConnection();
        http.setConnectTimeout(TIMEOUT_MS);
        http.setReadTimeout(TIMEOUT_MS);
        try {
            int code = http.getResponseCode();
            if (code != 200) {
                throw new IOException(url + " answered HTTP " + code);
            }
            try (InputStream in = http.getInputStream()) {
                return parse(JSON.readTree(in));
            }
        } finally {
            http.disconnect();
        }
    }

    static MasterView parse(JsonNode root) {
        List<Worker> workers = new ArrayList<>();
        for (JsonNode w : root.path("workers")) {
            workers.add(new Worker(w.path("id").asText(), w.path("host").asText(), w.path("port").asInt(),
                    w.path("state").asText(), w.path("cores").asInt(), w.path("coresused").asInt(),
                    w.path("memory").asLong(), w.path("memoryused").asLong()));
        }
        return new MasterView(root.path("status").asText(), workers);
    }
}
