package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.StartupTrace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One whole process of {@code bench startup}, with a home of its own (fresh settings, data and log folders, as on
 * a first start): when it was spawned, its output, and the start-up marks its log file holds
 * ({@link StartupTrace}), as milliseconds after the spawn.
 */
final class ChildProcess implements AutoCloseable {

    private static final Pattern MARK = Pattern.compile("mark (\\S+) epoch=(\\d+) uptime=(\\d+)");

    private final Path home;
    private final Process process;
    private final long spawnedAt;
    private long endedAt = -1;

    private ChildProcess(Path home, Process process, long spawnedAt) {
        this.home = home;
        this.process = process;
        this.spawnedAt = spawnedAt;
    }

    /** Starts the command built for the child's home folder (a peer may want its log there). */
    static ChildProcess start(java.util.function.Function<Path, List<String>> command) throws IOException {
        Path home = Files.createTempDirectory("bench-startup-");
        ProcessBuilder builder = new ProcessBuilder(command.apply(home)).directory(home.toFile())
                .redirectOutput(home.resolve("stdout.txt").toFile())
                .redirectError(home.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        withoutLauncherMarks(builder.environment());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        long spawnedAt = System.currentTimeMillis();
        return new ChildProcess(home, builder.start(), spawnedAt);
    }

    /**
     * The packaged launcher marks its own environment for its re-exec ({@code _JPACKAGE_LAUNCHER}): a child launcher
     * that inherits the mark skips its configuration and takes the subcommand for a main class.
     */
    static void withoutLauncherMarks(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.toUpperCase(java.util.Locale.ROOT).contains("JPACKAGE"));
    }

    /** Waits for the process to end by itself; false when it did not within the timeout (it is then killed). */
    boolean awaitExit(long timeoutSeconds) throws InterruptedException {
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        endedAt = System.currentTimeMillis();
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        return ended;
    }

    /** Polls the log until {@code event} is marked, the process ends, or the timeout passes. */
    OptionalLong awaitMark(String event, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            OptionalLong at = marks().containsKey(event) ? OptionalLong.of(marks().get(event)) : OptionalLong.empty();
            if (at.isPresent() || !process.isAlive()) {
                return at;
            }
            Thread.sleep(50);
        }
        return OptionalLong.empty();
    }

    /** SIGTERM, as a window manager or `kill` sends it; the milliseconds until the process was gone. */
    long terminate(long timeoutSeconds) throws InterruptedException {
        long t0 = System.nanoTime();
        process.destroy();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        endedAt = System.currentTimeMillis();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    long wallMillis() {
        return endedAt - spawnedAt;
    }

    int exitCode() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** Each marked event, in milliseconds after the spawn (the app's own clock, so a whole-process figure). */
    Map<String, Long> marks() {
        Map<String, Long> at = new HashMap<>();
        for (Path log : logFiles()) {
            for (String line : lines(log)) {
                Matcher m = MARK.matcher(line);
                if (line.contains(StartupTrace.LOGGER) && m.find()) {
                    at.putIfAbsent(m.group(1), Long.parseLong(m.group(2)) - spawnedAt);
                }
            }
        }
        return at;
    }

    /** A {@code name value} line the child printed, as a time after the spawn when it is an epoch ({@code ..._at}). */
    OptionalLong printedAt(String name) {
        for (String line : lines(home.resolve("stdout.txt"))) {
            if (line.startsWith(name + " ")) {
                return OptionalLong.of(Long.parseLong(line.substring(name.length() + 1).trim()) - spawnedAt);
            }
        }
        return OptionalLong.empty();
    }

    String stdout() {
        return String.join("\n", lines(home.resolve("stdout.txt")));
    }

    String stderr() {
        return String.join("\n", lines(home.resolve("stderr.txt")));
    }

    private List<Path> logFiles() {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals("workbench.log")).toList();
        } catch (IOException | UncheckedIOException e) {
            // The log folder may not exist yet (the child has not logged): no marks so far.
            return List.of();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        io.sparkworkbench.engine.FileTrees.deleteQuietly(home);
    }
}
