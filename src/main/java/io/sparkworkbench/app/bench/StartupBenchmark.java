package io.sparkworkbench.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code bench startup}: the app as a user starts it, whole processes with fresh settings (median of 5, 3 with
 * {@code --quick}), each beside the same work in a plain JVM with a stock SparkSession ({@link StockSparkStartup}),
 * the two alternated so a busy moment hits both. Where the seconds go comes from the app's start-up marks
 * ({@link io.sparkworkbench.engine.StartupTrace}) read back from each run's log.
 * <ul>
 *   <li>{@code sql -e "select 1"}: the whole process, and its trace (JVM to main, session, query, exit);</li>
 *   <li>the window (needs a display): its first frame, the session ready, the sample data's first chart, then a
 *   scale-1 generation started with the Enter key (Generate is the default button; needs xdotool), then SIGTERM.</li>
 * </ul>
 */
final class StartupBenchmark {

    private static final long TIMEOUT_SECONDS = 180;

    private final Figures figures;

    StartupBenchmark(Figures figures) {
        this.figures = figures;
    }

    void run(boolean quick) throws Exception {
        int runs = quick ? 3 : 5;
        AppLaunch launch = AppLaunch.current();
        figures.note("startup: " + (launch.packaged() ? "the packaged launcher " + launch.app().get(0)
                : "this JVM's java, flags and classpath (not the packaged app)") + "; " + runs + " runs of each, alternated with the peer");
        commandLine(launch, runs);
        window(launch, runs);
    }

    private void commandLine(AppLaunch launch, int runs) throws Exception {
        Samples app = new Samples();
        Samples stock = new Samples();
        for (int i = 0; i < runs; i++) {
            try (ChildProcess run = ChildProcess.start(home -> launch.app("sql", "-e", "select 1"))) {
                awaitSuccess(run, "sql -e \"select 1\"");
                Map<String, Long> marks = run.marks();
                long main = mark(marks, "main", run);
                long ready = mark(marks, "session_ready", run);
                long printed = mark(marks, "sql_result_printed", run);
                app.add("wall", run.wallMillis());
                app.add("jvm_to_main", main);
                app.add("session", ready - main);
                app.add("query", printed - ready);
                app.add("exit", run.wallMillis() - printed);
            }
            try (ChildProcess peer = ChildProcess.start(home -> launch.plainJava(List.of("-Dworkbench.logdir=" + home),
                    StockSparkStartup.class.getName(), "select1"))) {
                awaitSuccess(peer, "the stock select 1");
                stock.add("wall", peer.wallMillis());
                stock.add("session", printed(peer, "session_at"));
                stock.add("query", printed(peer, "result_at") - printed(peer, "session_at"));
            }
        }
        figures.note("sql -e \"select 1\" runs (ms): " + app.list("wall") + "; stock peer: " + stock.list("wall"));
        figures.print("startup.cli_select1_ms", app.median("wall"), "ms");
        figures.print("startup.cli.jvm_to_main_ms", app.median("jvm_to_main"), "ms");
        figures.print("startup.cli.session_ms", app.median("session"), "ms");
        figures.print("startup.cli.query_ms", app.median("query"), "ms");
        figures.print("startup.cli.exit_ms", app.median("exit"), "ms");
        figures.print("startup.stock.select1_ms", stock.median("wall"), "ms");
        figures.print("startup.stock.session_ms", stock.median("session"), "ms");
        figures.print("startup.stock.query_ms", stock.median("query"), "ms");
        figures.print("startup.ratio_vs_stock", app.median("wall") / stock.median("wall"), "x");
    }

    private void window(AppLaunch launch, int runs) throws Exception {
        String display = System.getenv("DISPLAY");
        // The window's first generation runs after the background warm-up of ADR 0045, which the press waits for.
        if (display == null || display.isBlank()) {
            figures.note("startup: the window figures need a display (run under Xvfb); skipped");
            return;
        }
        Path sampleData = sampleData();
        boolean keys = Xdotool.available();
        if (!keys) {
            figures.note("startup: xdotool not found, so no generation is started in the window (first_generate_ms skipped)");
        }
        Samples app = new Samples();
        Samples stock = new Samples();
        for (int i = 0; i < runs; i++) {
            try (ChildProcess run = ChildProcess.start(home -> launch.app())) {
                if (run.awaitMark("first_chart", TIMEOUT_SECONDS).isEmpty()) {
                    throw new IllegalStateException("the window drew no chart within " + TIMEOUT_SECONDS + " s: " + tail(run));
                }
                if (keys) {
                    // A user reads the chart before clicking: the press waits for the background warm-up (ADR 0045).
                    run.awaitMark("generator_warmed", TIMEOUT_SECONDS);
                    Xdotool.pressEnterIn(run.pid());
                    if (run.awaitMark("first_generation_done", TIMEOUT_SECONDS).isEmpty()) {
                        throw new IllegalStateException("the generation did not finish within " + TIMEOUT_SECONDS + " s: " + tail(run));
                    }
                }
                long shutdown = run.terminate(60);
                Map<String, Long> marks = run.marks();
                app.add("window", mark(marks, "window_first_frame", run));
                app.add("session", mark(marks, "session_ready", run));
                app.add("opened", mark(marks, "dataset_opened", run));
                app.add("chart", mark(marks, "first_chart", run));
                app.add("preview", mark(marks, "first_preview", run));
                if (keys) {
                    app.add("generate", mark(marks, "first_generation_done", run) - mark(marks, "first_generation_started", run));
                    app.add("warmed", mark(marks, "generator_warmed", run));
                }
                app.add("shutdown", shutdown);
            }
            if (sampleData != null) {
                try (ChildProcess peer = ChildProcess.start(home -> launch.plainJava(List.of("-Dworkbench.logdir=" + home),
                        StockSparkStartup.class.getName(), "chart", sampleData.toString()))) {
                    awaitSuccess(peer, "the stock chart query");
                    stock.add("session", printed(peer, "session_at"));
                    stock.add("chart", printed(peer, "result_at"));
                }
            }
        }
        figures.note("window runs, first chart (ms): " + app.list("chart") + "; first frame: " + app.list("window"));
        figures.print("startup.window_ms", app.median("window"), "ms");
        figures.print("startup.session_ready_ms", app.median("session"), "ms");
        figures.print("startup.dataset_opened_ms", app.median("opened"), "ms");
        figures.print("startup.first_chart_ms", app.median("chart"), "ms");
        // The first screen's first Spark query since ADR 0057 drew the chart from the file beside the data set.
        figures.print("startup.first_preview_ms", app.median("preview"), "ms");
        if (keys) {
            figures.print("startup.generator_warmed_ms", app.median("warmed"), "ms");
            figures.print("startup.first_generate_ms", app.median("generate"), "ms");
        }
        figures.print("startup.shutdown_ms", app.median("shutdown"), "ms");
        if (sampleData != null) {
            figures.print("startup.stock.window_session_ms", stock.median("session"), "ms");
            figures.print("startup.stock.first_chart_ms", stock.median("chart"), "ms");
            figures.print("startup.first_chart.ratio_vs_stock", app.median("chart") / stock.median("chart"), "x");
        } else {
            figures.note("startup: no sample data found (-Dworkbench.sampledata), so no stock chart peer");
        }
    }

    private static Path sampleData() {
        String configured = System.getProperty("workbench.sampledata");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("sample-data");
        return Files.isDirectory(folder.resolve("orders")) ? folder.toAbsolutePath() : null;
    }

    private static void awaitSuccess(ChildProcess run, String what) throws InterruptedException {
        if (!run.awaitExit(TIMEOUT_SECONDS)) {
            throw new IllegalStateException(what + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        if (run.exitCode() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + run.exitCode() + ": " + tail(run));
        }
    }

    private static long mark(Map<String, Long> marks, String event, ChildProcess run) {
        Long at = marks.get(event);
        if (at == null) {
            throw new IllegalStateException("the run's log has no start-up mark '" + event + "' (marks: " + marks.keySet() + ")");
        }
        return at;
    }

    private static long printed(ChildProcess run, String name) {
        OptionalLong at = run.printedAt(name);
        if (at.isEmpty()) {
            throw new IllegalStateException("the peer printed no '" + name + "': " + run.stdout() + " " + tail(run));
        }
        return at.getAsLong();
    }

    private static String tail(ChildProcess run) {
        String err = run.stderr();
        return err.length() > 2_000 ? "…" + err.substring(err.length() - 2_000) : err;
    }

    /** Millisecond samples by name, in the order taken. */
    private static final class Samples {
        private final Map<String, List<Long>> values = new LinkedHashMap<>();

        void add(String name, long millis) {
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(millis);
        }

        double median(String name) {
            return Figures.median(values.get(name).stream().mapToDouble(Long::doubleValue).toArray());
        }

        String list(String name) {
            return values.getOrDefault(name, List.of()).toString();
        }
    }
}
