package io.sparkworkbench.app.bench;

import java.io.PrintWriter;

/** Runs {@link ScatterBenchmark} alone, e.g. under Xvfb, until {@code bench ml} calls it. */
public final class ScatterBenchmarkLauncher {

    private ScatterBenchmarkLauncher() {
    }

    public static void main(String[] args) throws Exception {
        new ScatterBenchmark().run(new Figures(new PrintWriter(System.out, true)));
        System.exit(0);
    }
}
