package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.connect.ConnectionSettings;
import io.sparkworkbench.engine.connect.ConnectionTest;
import io.sparkworkbench.engine.connect.SharedSecret;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Connection beside the master URL: executor size, driver address, checkpoint folder, the shared
 * secret (typed into a password field, never shown back), and the Test connection answer.
 */
public final class ConnectionViewModel {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[?[0-9A-Fa-f:.]+]?");
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://.*");

    private final StringProperty executorMemory = new SimpleStringProperty();
    private final StringProperty executorCores = new SimpleStringProperty();
    private final StringProperty driverAddress = new SimpleStringProperty();
    private final StringProperty checkpointFolder = new SimpleStringProperty();
    private final StringProperty secret = new SimpleStringProperty();
    private final ReadOnlyStringWrapper testAnswer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testPassed = new ReadOnlyBooleanWrapper();
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private BiFunction<String, SharedSecret, EngineTask<ConnectionTest.Verdict>> tester;
    private TaskRunner runner;

    public ConnectionViewModel(ConnectionSettings current) {
        executorMemory.set(current.executorMemory());
        executorCores.set(Integer.toString(current.executorCores()));
        driverAddress.set(current.driverAddress());
        checkpointFolder.set(current.checkpointFolder());
        secret.set(current.secret().reveal());
    }

    /** How Test connection reaches the engine ({@code SparkEngine::testConnection}) and gets its answer back. */
    public void setTester(BiFunction<String, SharedSecret, EngineTask<ConnectionTest.Verdict>> tester, TaskRunner runner) {
        this.tester = tester;
        this.runner = runner;
    }

    Observable[] dependencies() {
        return new Observable[] {executorMemory, executorCores, driverAddress, checkpointFolder, secret};
    }

    /** Empty when valid; otherwise what is wrong, naming the field. */
    String validate() {
        String memory = text(executorMemory);
        if (!ConnectionSettings.isMemorySize(memory)) {
            return "Executor memory '" + memory + "' is not a size like 2g or 512m (empty = Spark's default, 1g)";
        }
        String cores = text(executorCores);
        if (!cores.isEmpty()) {
            try {
                int n = Integer.parseInt(cores);
                if (n < 0 || n > 1024) {
                    return "Executor cores must be 0 (all a worker offers) to 1024, not " + n;
                }
            } catch (NumberFormatException e) {
                return "Executor cores must be a whole number (0 = all a worker offers), not '" + cores + "'";
            }
        }
        String driver = text(driverAddress);
        if (!driver.isEmpty() && !HOST.matcher(driver).matches()) {
            return "Driver address '" + driver + "' is not a host name or IP address (empty = automatic)";
        }
        String checkpoints = text(checkpointFolder);
        if (!checkpoints.isEmpty() && !URI_SCHEME.matcher(checkpoints).matches()) {
            try {
                Path folder = Path.of(checkpoints);
                if (!folder.isAbsolute()) {
                    return "Checkpoint folder '" + checkpoints + "' must be an absolute path or a URI such as hdfs://…";
                }
                if (Files.exists(folder) && !Files.isDirectory(folder)) {
                    return "Checkpoint folder " + folder + " is a file, not a folder";
                }
            } catch (InvalidPathException e) {
                return "Checkpoint folder '" + checkpoints + "' is not a valid path: " + e.getReason();
            }
        }
        if (secret.get() != null && secret.get().strip().chars().anyMatch(Character::isWhitespace)) {
            return "Shared secret must not contain spaces or line breaks";
        }
        return "";
    }

    /** The settings the form stands for; only call when {@link #validate()} is empty. */
    ConnectionSettings result() {
        String cores = text(executorCores);
        return new ConnectionSettings(text(executorMemory), cores.isEmpty() ? 0 : Integer.parseInt(cores),
                text(driverAddress), text(checkpointFolder), SharedSecret.of(secret.get()));
    }

    /** Asks the master in {@code masterUrl} with the typed secret; the answer lands in {@link #testAnswerProperty()}. */
    public void testConnection(String masterUrl) {
        if (tester == null || testing.get()) {
            return;
        }
        testing.set(true);
        testPassed.set(false);
        testAnswer.set("Testing " + masterUrl + "…");
        runner.run(tester.apply(masterUrl == null ? "" : masterUrl.strip(), SharedSecret.of(secret.get())),
                verdict -> {
                    testing.set(false);
                    testPassed.set(verdict.ok());
                    testAnswer.set(verdict.message());
                },
                error -> {
                    testing.set(false);
                    testAnswer.set(SharedSecret.of(secret.get()).mask("Test connection failed: " + EngineErrors.describe(error)));
                },
                () -> {
                    testing.set(false);
                    testAnswer.set("Test connection stopped");
                });
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    public StringProperty executorMemoryProperty() {
        return executorMemory;
    }

    public StringProperty executorCoresProperty() {
        return executorCores;
    }

    public StringProperty driverAddressProperty() {
        return driverAddress;
    }

    public StringProperty checkpointFolderProperty() {
        return checkpointFolder;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ReadOnlyStringProperty testAnswerProperty() {
        return testAnswer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testPassedProperty() {
        return testPassed.getReadOnlyProperty();
    }

    public BooleanProperty testingProperty() {
        return testing;
    }
}
