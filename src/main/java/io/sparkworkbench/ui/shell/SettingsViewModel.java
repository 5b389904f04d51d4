package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineSettings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings form: text as typed, a validation message, and the settings it stands for. */
public final class SettingsViewModel {

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[0-9]+)?])?");
    private static final Pattern CLUSTER = Pattern.compile(
            "spark://[A-Za-z0-9.\\-]+:[0-9]{1,5}(,[A-Za-z0-9.\\-]+:[0-9]{1,5})*|yarn|k8s://\\S+");

    private final StringProperty master = new SimpleStringProperty();
    private final StringProperty shufflePartitions = new SimpleStringProperty();
    private final BooleanProperty sparkUi = new SimpleBooleanProperty();
    private final StringProperty dataFolder = new SimpleStringProperty();
    private final StringProperty rowCap = new SimpleStringProperty();
    private final StringBinding error;
    private final ConnectionViewModel connection;

    /** The settings key of the SQL result page size, read by the SQL tab at every run. */
    public static final String ROW_CAP_KEY = "sql.rowCap";
    public static final int DEFAULT_ROW_CAP = 10_000;
    private static final int MAX_ROW_CAP = 1_000_000;

    public SettingsViewModel(EngineSettings current) {
        this(current, DEFAULT_ROW_CAP);
    }

    public SettingsViewModel(EngineSettings current, int currentRowCap) {
        rowCap.set(Integer.toString(currentRowCap));
        master.set(current.masterUrl());
        shufflePartitions.set(Integer.toString(current.shufflePartitions()));
        sparkUi.set(current.sparkUiEnabled());
        dataFolder.set(current.dataFolder().toString());
        connection = new ConnectionViewModel(current.connection());
        java.util.List<javafx.beans.Observable> inputs = new java.util.ArrayList<>(
                java.util.List.of(master, shufflePartitions, dataFolder, rowCap));
        inputs.addAll(java.util.List.of(connection.dependencies()));
        error = Bindings.createStringBinding(this::validate, inputs.toArray(javafx.beans.Observable[]::new));
    }

    /** Empty when the form is valid; otherwise what is wrong, naming the field. */
    String validate() {
        String m = master.get() == null ? "" : master.get().trim();
        if (!LOCAL.matcher(m).matches() && !CLUSTER.matcher(m).matches()) {
            return "Master URL '" + m + "' is not one of local[*], local[N], spark://host:port, yarn or k8s://…";
        }
        try {
            int partitions = Integer.parseInt(shufflePartitions.get().trim());
            if (partitions < 0 || partitions > 100_000) {
                return "Shuffle partitions must be 0 (automatic) to 100000, not " + partitions;
            }
        } catch (NumberFormatException e) {
            return "Shuffle partitions must be a whole number (0 = cores × 2), not '" + shufflePartitions.get() + "'";
        }
        try {
            int cap = Integer.parseInt(rowCap.get().trim());
            if (cap < 1 || cap > MAX_ROW_CAP) {
                return "Rows per result page must be 1 to " + MAX_ROW_CAP + ", not " + cap;
            }
        } catch (NumberFormatException e) {
            return "Rows per result page must be a whole number, not '" + rowCap.get() + "'";
        }
        try {
            Path folder = Path.of(dataFolder.get().trim());
            if (dataFolder.get().isBlank()) {
                return "Data folder is empty";
            }
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                return "Data folder " + folder + " is a file, not a folder";
            }
        } catch (InvalidPathException e) {
            return "Data folder '" + dataFolder.get() + "' is not a valid path: " + e.getReason();
        }
        return connection.validate();
    }

    public Optional<EngineSettings> result() {
        if (!validate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EngineSettings(master.get().trim(), Integer.parseInt(shufflePartitions.get().trim()),
                sparkUi.get(), Path.of(dataFolder.get().trim()).toAbsolutePath(), connection.result()));
    }

    /** The validated page size; only call when {@link #result()} is present. */
    public int rowCap() {
        return Integer.parseInt(rowCap.get().trim());
    }

    public StringProperty rowCapProperty() {
        return rowCap;
    }

    /** Reads a stored page size, falling back to the default for anything unusable. */
    public static int parseRowCap(String stored) {
        try {
            int cap = Integer.parseInt(stored.trim());
            return cap >= 1 && cap <= MAX_ROW_CAP ? cap : DEFAULT_ROW_CAP;
        } catch (RuntimeException e) {
            return DEFAULT_ROW_CAP;
        }
    }

    /** The Connection section: executor size, driver address, checkpoints, secret, Test connection. */
    public ConnectionViewModel connection() {
        return connection;
    }

    public StringProperty masterProperty() {
        return master;
    }

    public StringProperty shufflePartitionsProperty() {
        return shufflePartitions;
    }

    public BooleanProperty sparkUiProperty() {
        return sparkUi;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    public StringBinding errorBinding() {
        return error;
    }
}
