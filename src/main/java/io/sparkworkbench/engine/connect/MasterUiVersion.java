package io.sparkworkbench.engine.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spark version a master runs, from its web UI page: the RPC state carries no version, but every
 * Spark page names it beside the logo ({@code <span class="version">4.1.0</span>}).
 */
final class MasterUiVersion {

    private static final Pattern VERSION = Pattern.compile("<span class=\"version\"[^>]*>\\s*([^<\\s]+)\\s*</span>");

    private MasterUiVersion() {
    }

    static Optional<String> read(String host, int webUiPort, Duration timeout) {
        if (webUiPort <= 0) {
            return Optional.empty();
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostForUri(host) + ":" + webUiPort + "/"))
                    .timeout(timeout).GET().build();
            HttpResponse<String> page = client.send(request, HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 200 ? parse(page.body()) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<String> parse(String html) {
        Matcher m = VERSION.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
