package io.sparkworkbench.app.cli;

import io.sparkworkbench.app.bench.BenchRun;
import io.sparkworkbench.app.bench.BenchmarkGroup;
import io.sparkworkbench.app.bench.BenchmarkGroups;
import io.sparkworkbench.app.bench.Figures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench [group...] [--quick] [--json FILE]}: prints one figure per line as {@code name value unit}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run benchmark groups and print figures as 'name value unit'.", footerHeading = "%nGroups:%n")
public final class BenchCommand implements Callable<Integer> {

    /** The help lists every group with its description, from the one list of groups. */
    static void describeGroups(CommandLine bench) {
        List<String> lines = new ArrayList<>();
        for (BenchmarkGroup group : BenchmarkGroups.all()) {
            lines.add(String.format("  %-9s %s", group.name(), group.description()));
        }
        bench.getCommandSpec().usageMessage().footer(lines.toArray(String[]::new));
    }

    @Parameters(arity = "0..*", description = "Benchmark groups (default: all): ${COMPLETION-CANDIDATES}",
            completionCandidates = Groups.class)
    List<String> groups;

    @Option(names = "--quick", description = "Smaller runs where a group has them (generate, ml: no scale 100; io: a ~100 MB CSV).")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON (name, value, unit; cores and heap).")
    Path json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<BenchmarkGroup> selected = new ArrayList<>();
        if (groups == null || groups.isEmpty()) {
            selected.addAll(BenchmarkGroups.all());
        } else {
            for (String name : groups) {
                selected.add(BenchmarkGroups.named(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown benchmark group '" + name + "': available are " + String.join(", ", BenchmarkGroups.names()))));
            }
        }
        Figures figures = new Figures(spec.commandLine().getOut());
        BenchRun run = new BenchRun(figures, quick, () -> HeadlessEngine.start("local[*]"));
        try {
            for (BenchmarkGroup group : selected) {
                group.run(run);
            }
        } finally {
            if (json != null) {
                figures.writeJson(json);
            }
        }
        return 0;
    }

    static final class Groups implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BenchmarkGroups.names().iterator();
        }
    }
}
