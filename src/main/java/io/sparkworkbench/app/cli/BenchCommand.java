package io.sparkworkbench.app.cli;

import io.sparkworkbench.app.bench.Figures;
import io.sparkworkbench.app.bench.GenerateBenchmark;
import io.sparkworkbench.app.bench.IoBenchmark;
import io.sparkworkbench.app.bench.SqlBenchmark;
import io.sparkworkbench.engine.SparkEngine;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench [generate] [sql] [io]}: prints one figure per line as {@code name value unit}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run benchmarks and print figures as 'name value unit'. Groups available: generate (data generation),"
                + " sql (the query library through the workbench, against DuckDB and the bare SparkSession),"
                + " io (importing a ~1 GB CSV and its Parquet copy through the workbench, against DuckDB; profiling 5M rows).")
public final class BenchCommand implements Callable<Integer> {

    static final List<String> GROUPS = List.of("generate", "sql", "io");

    @Parameters(arity = "0..*", description = "Benchmark groups (default: all available): ${COMPLETION-CANDIDATES}",
            completionCandidates = Groups.class)
    List<String> groups;

    @Option(names = "--quick", description = "generate: skip the slow scale-100 run; io: a ~100 MB CSV instead of ~1 GB.")
    boolean quick;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> selected = groups == null || groups.isEmpty() ? GROUPS : groups;
        for (String group : selected) {
            if (!GROUPS.contains(group)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown benchmark group '" + group + "': available are " + String.join(", ", GROUPS));
            }
        }
        Figures figures = new Figures(spec.commandLine().getOut());
        SparkEngine engine = HeadlessEngine.start("local[*]");
        if (selected.contains("generate")) {
            new GenerateBenchmark(engine, figures).run(!quick);
        }
        if (selected.contains("sql")) {
            new SqlBenchmark(engine, figures).run();
        }
        if (selected.contains("io")) {
            new IoBenchmark(engine, figures).run(quick);
        }
        return 0;
    }

    static final class Groups implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return GROUPS.iterator();
        }
    }
}
