package io.sparkworkbench.ui.data;

import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.RowEstimate;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The generation form as typed: scale, seed, output folder, format and tables. Bad values never throw:
 * {@link #errorBinding()} names the field and the problem, and the row preview follows the scale.
 */
public final class GenerationForm {

    private final StringProperty scale = new SimpleStringProperty("1");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty outputFolder = new SimpleStringProperty();
    private final ObjectProperty<DataFormat> format = new SimpleObjectProperty<>(DataFormat.PARQUET);
    private final Map<EcommerceTable, BooleanProperty> tables = new EnumMap<>(EcommerceTable.class);
    private final ObservableList<RowEstimate> estimates = FXCollections.observableArrayList();
    private final StringBinding error;

    public GenerationForm(Path defaultOutput) {
        outputFolder.set(defaultOutput.toString());
        for (EcommerceTable table : EcommerceTable.values()) {
            tables.put(table, new SimpleBooleanProperty(true));
        }
        Observable[] inputs = new Observable[3 + tables.size()];
        inputs[0] = scale;
        inputs[1] = seed;
        inputs[2] = outputFolder;
        int i = 3;
        for (BooleanProperty selected : tables.values()) {
            inputs[i++] = selected;
        }
        error = Bindings.createStringBinding(this::validate, inputs);
        scale.addListener((obs, old, now) -> updateEstimates());
        updateEstimates();
    }

    String validate() {
        String problem = ScaleAndSeed.problem(scale.get(), seed.get());
        if (!problem.isEmpty()) {
            return problem;
        }
        String folderProblem = folderProblem();
        if (!folderProblem.isEmpty()) {
            return folderProblem;
        }
        if (selectedTables().isEmpty()) {
            return "Choose at least one table";
        }
        return "";
    }

    private String folderProblem() {
        String text = outputFolder.get() == null ? "" : outputFolder.get().trim();
        if (text.isEmpty()) {
            return "Choose an output folder";
        }
        Path folder;
        try {
            folder = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return "Output folder '" + text + "' is not a valid path: " + e.getReason();
        }
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                return "Output folder " + folder + " is a file, not a folder";
            }
            return Files.isWritable(folder) ? "" : "Output folder " + folder + " is not writable";
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return "Output folder " + folder + " cannot be created: " + existing + " is not a writable folder";
        }
        return "";
    }

    private Double parseScale() {
        return ScaleAndSeed.parseScale(scale.get());
    }

    private Long parseSeed() {
        return ScaleAndSeed.parseWhole(seed.get());
    }

    private void updateEstimates() {
        Double s = parseScale();
        if (s != null && s >= GenerationRequest.MIN_SCALE && s <= GenerationRequest.MAX_SCALE) {
            estimates.setAll(DataGenService.estimate(s));
        } else {
            estimates.clear();
        }
    }

    Set<EcommerceTable> selectedTables() {
        Set<EcommerceTable> selected = EnumSet.noneOf(EcommerceTable.class);
        tables.forEach((table, on) -> {
            if (on.get()) {
                selected.add(table);
            }
        });
        return selected;
    }

    /** The request the form stands for, or empty while {@link #errorBinding()} reports a problem. */
    public Optional<GenerationRequest> request() {
        if (!validate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GenerationRequest(parseScale(), parseSeed(), Path.of(outputFolder.get().trim()).toAbsolutePath(),
                format.get(), selectedTables()));
    }

    /** Rows of the selected tables at the current scale (expected values for derived tables). */
    public long selectedRows() {
        Set<EcommerceTable> selected = selectedTables();
        return estimates.stream().filter(e -> selected.contains(e.table())).mapToLong(RowEstimate::rows).sum();
    }

    public StringProperty scaleProperty() {
        return scale;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty outputFolderProperty() {
        return outputFolder;
    }

    public ObjectProperty<DataFormat> formatProperty() {
        return format;
    }

    public BooleanProperty tableProperty(EcommerceTable table) {
        return tables.get(table);
    }

    public ObservableList<RowEstimate> estimates() {
        return estimates;
    }

    public StringBinding errorBinding() {
        return error;
    }
}
