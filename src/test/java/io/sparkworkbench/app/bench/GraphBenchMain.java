package io.sparkworkbench.app.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@link GraphViewBenchmark} on its own until the lead wires it into a "graph" benchmark group:
 * {@code java <app JVM flags> -cp target/classes:target/test-classes:<deps> io.sparkworkbench.app.bench.GraphBenchMain}
 * under Xvfb (or with the Monocle flags of the tests).
 */
public final class GraphBenchMain {

    private GraphBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Figures figures = new Figures(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        new GraphViewBenchmark().run(figures);
        javafx.application.Platform.exit();
    }
}
