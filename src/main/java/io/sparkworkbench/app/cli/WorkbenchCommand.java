package io.sparkworkbench.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spark-workbench <subcommand>}: the same engine as the window, without one. */
@Command(name = "spark-workbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Spark Workbench: run without arguments to open the window.",
        subcommands = {GenerateCommand.class, PipelineCommand.class, SqlCommand.class, SmokeCommand.class, BenchCommand.class,
                ClusterCommand.class, TestConnectionCommand.class})
public final class WorkbenchCommand implements Runnable {

    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new WorkbenchCommand());
        BenchCommand.describeGroups(cli.getSubcommands().get("bench"));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + io.sparkworkbench.engine.EngineErrors.describe(e));
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }
}
