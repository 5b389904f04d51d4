package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import io.sparkworkbench.engine.dataset.TableSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --scale S --seed N --out DIR [--format F] [--tables t1,t2]}: one line per table. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the e-commerce data set into a folder (one sub-folder per table).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scale", required = true, description = "Scale factor, 0.01 to 1000 (1 = 10,000 customers, 50,000 orders).")
    double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--tables", split = ",", description = "Tables to generate (default: all).")
    List<String> tables;

    @CommandLine.Mixin
    MasterOption master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GenerationRequest request;
        try {
            request = new GenerationRequest(scale, seed, out, DataFormat.parse(format), parseTables());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SparkEngine engine = HeadlessEngine.start(master.master);
        GenerationResult result = new DataGenService(engine).generate(request).task().future().join();
        PrintWriter stdout = spec.commandLine().getOut();
        for (TableSummary t : result.tables()) {
            stdout.printf(Locale.ROOT, "%-13s %,12d rows %8.2f s%n", t.table(), t.rows(), t.seconds());
        }
        stdout.printf(Locale.ROOT, "wrote %s in %.2f s%n", result.folder(), result.seconds());
        stdout.flush();
        return 0;
    }

    private Set<EcommerceTable> parseTables() {
        if (tables == null || tables.isEmpty()) {
            return EnumSet.allOf(EcommerceTable.class);
        }
        Set<EcommerceTable> set = EnumSet.noneOf(EcommerceTable.class);
        tables.forEach(t -> set.add(EcommerceTable.parse(t)));
        return set;
    }
}
