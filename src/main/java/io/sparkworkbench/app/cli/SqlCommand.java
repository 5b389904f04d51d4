package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.InputFileException;
import io.sparkworkbench.engine.sql.SqlException;
import io.sparkworkbench.engine.sql.SqlScript;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.engine.sql.ViewSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sql [--view NAME=PATH[:format]]... (-e SQL | --file F.sql) [--out FILE] [--max-rows N]}. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Register files as views, run SQL statements in order, and print the last result "
                + "(or write it in full to --out).",
                "Exit codes: 0 ok, 2 usage, 3 SQL error (with line:column), 4 input file error."})
public final class SqlCommand implements Callable<Integer> {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_SQL_ERROR = 3;
    public static final int EXIT_INPUT_ERROR = 4;

    @Option(names = "--view", paramLabel = "NAME=PATH[:format]",
            description = "A view over a file or folder; format from :parquet|:csv|:json|:orc, else the extension.")
    List<String> views = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "-e", paramLabel = "SQL", description = "The statements to run (separated by ;).")
        String sql;

        @Option(names = "--file", paramLabel = "F.sql", description = "A file of statements to run.")
        Path file;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write the last result in full to FILE.csv, .json, .parquet or .orc (replaced only once complete).")
    Path out;

    @Option(names = "--max-rows", defaultValue = "100", description = "Rows of the last result to print (default ${DEFAULT-VALUE}).")
    int maxRows;

    @CommandLine.Mixin
    MasterOption master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ViewSpec> specs = new ArrayList<>();
        try {
            views.forEach(v -> specs.add(ViewSpec.parse(v)));
            if (out != null) {
                io.sparkworkbench.engine.files.SourceFormat.ofOutputFile(out);
            }
            if (maxRows < 1) {
                throw new IllegalArgumentException("--max-rows must be at least 1, not " + maxRows);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        String script;
        try {
            script = source.sql != null ? source.sql : Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Error: cannot read " + source.file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : e.getMessage()));
            return EXIT_INPUT_ERROR;
        }
        List<SqlStatement> statements = SqlScript.split(script);
        if (statements.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No SQL statement to run");
        }
        SparkEngine engine = HeadlessEngine.start(master.master);
        try {
            String output = engine.submit("sql command", context ->
                    new ScriptRun(context, new io.sparkworkbench.engine.files.DataExports(engine), specs, script, statements, out,
                            maxRows).run()).future().join();
            spec.commandLine().getOut().print(output);
            spec.commandLine().getOut().flush();
            io.sparkworkbench.engine.StartupTrace.mark("sql_result_printed");
            return 0;
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SqlException sql) {
                String where = source.file != null ? source.file + ": " : "";
                err.println("SQL error: " + where + sql.error().describe());
                return EXIT_SQL_ERROR;
            }
            if (cause instanceof InputFileException input) {
                err.println("Error: " + input.getMessage());
                return EXIT_INPUT_ERROR;
            }
            if (cause instanceof io.sparkworkbench.engine.EngineException failed) {
                // The --out file could not be written (or the query failed while writing): the message names it.
                err.println("Error: " + failed.getMessage());
                return EXIT_FAILED;
            }
            throw e;
        }
    }
}
