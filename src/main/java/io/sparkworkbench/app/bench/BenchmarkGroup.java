package io.sparkworkbench.app.bench;

/**
 * One group of {@code bench}: a name the command line takes, a line for {@code --help}, and the run.
 * Groups are listed once, in {@link BenchmarkGroups}.
 */
public interface BenchmarkGroup {

    String name();

    String description();

    void run(BenchRun run) throws Exception;
}
