package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.engine.connect.ConnectionTest;
import io.sparkworkbench.engine.connect.SharedSecret;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Settings → Connection → Test connection from a shell: one sentence, exit 0 only when a master answered. */
@Command(name = "test-connection", mixinStandardHelpOptions = true,
        description = "Ask a standalone master for its state (no SparkContext is started); uses the shared secret from Settings.")
public final class TestConnectionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--master", required = true, description = "spark://host:port[,host2:port2]")
    String master;

    @Option(names = "--no-secret", description = "Ignore the shared secret stored in Settings.")
    boolean noSecret;

    @Override
    public Integer call() {
        WorkbenchPaths paths = WorkbenchPaths.fromEnvironment();
        SharedSecret secret = noSecret ? SharedSecret.none()
                : new SettingsStore(paths.configFolder(), paths.dataFolder()).sharedSecret();
        ConnectionTest.Verdict verdict = ConnectionTest.forThisApp().run(master, secret);
        PrintWriter out = spec.commandLine().getOut();
        out.println(verdict.message());
        out.flush();
        return verdict.ok() ? 0 : WorkbenchCommand.EXIT_FAILURE;
    }
}
