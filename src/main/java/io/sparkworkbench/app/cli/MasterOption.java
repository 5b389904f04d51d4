package io.sparkworkbench.app.cli;

import picocli.CommandLine.Option;

/** {@code --master}, shared by the commands that start Spark. */
final class MasterOption {

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default ${DEFAULT-VALUE}).")
    String master;
}
