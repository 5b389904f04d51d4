package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.pipeline.LiveStepRequest;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.ui.data.ScaleAndSeed;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Run the whole analysis" form as typed: where the data come from, the output folder, k and whether to start the
 * live stream last. Bad values never
 * throw: {@link #errorBinding()} names the field and the problem. The output folder follows a suggestion under the
 * app's {@code pipeline-runs} folder (one per data set, so a re-run into it skips what did not change) until the
 * user types or chooses one. Nothing here reads the disk: it runs on the JavaFX thread.
 */
public final class PipelineForm {

    /** Where the run's data set comes from. */
    public enum Source {
        GENERATE("Generate new data"),
        OPEN("Use the open data set");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Under the app's data folder: one sub-folder per data set analysed. */
    public static final String RUNS_FOLDER = "pipeline-runs";

    private final Path dataFolder;
    private final Path runsFolder;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.GENERATE);
    private final StringProperty scale = new SimpleStringProperty("1");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty k = new SimpleStringProperty(Integer.toString(PipelineRequest.DEFAULT_K));
    private final StringProperty outputFolder = new SimpleStringProperty();
    private final BooleanProperty startLive = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Path> openDataset = new ReadOnlyObjectWrapper<>();
    private final StringBinding error;
    private String suggested;

    /** @param dataFolder the app's data folder: suggested output folders go to its {@value #RUNS_FOLDER} */
    public PipelineForm(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.runsFolder = dataFolder.resolve(RUNS_FOLDER);
        suggested = suggestion();
        outputFolder.set(suggested);
        source.addListener((obs, old, now) -> followSuggestion());
        scale.addListener((obs, old, now) -> followSuggestion());
        seed.addListener((obs, old, now) -> followSuggestion());
        openDataset.addListener((obs, old, now) -> followSuggestion());
        error = Bindings.createStringBinding(this::validate, source, scale, seed, k, outputFolder, openDataset);
    }

    /** The data set open in the app now (the Data tab's, or the last run's). */
    public void datasetOpened(Path folder) {
        openDataset.set(folder);
    }

    /** Empty when the form makes a request, else what is wrong and in which field. */
    String validate() {
        if (source.get() == Source.GENERATE) {
            String problem = ScaleAndSeed.problem(scale.get(), seed.get());
            if (!problem.isEmpty()) {
                return problem;
            }
        } else if (openDataset.get() == null) {
            return "No data set is open: open one in the Data tab, or choose \"" + Source.GENERATE.label() + "\"";
        }
        Long segments = ScaleAndSeed.parseWhole(k.get());
        if (segments == null || segments < 2 || segments > 50) {
            return "k (segments) must be a whole number from 2 to 50, not '" + k.get() + "'";
        }
        String text = outputFolder.get() == null ? "" : outputFolder.get().trim();
        if (text.isEmpty()) {
            return "Choose an output folder";
        }
        try {
            Path.of(text);
        } catch (InvalidPathException e) {
            return "Output folder '" + text + "' is not a valid path: " + e.getReason();
        }
        return "";
    }

    /** The request the form describes; empty (see {@link #errorBinding()}) while a field is wrong. */
    public Optional<PipelineRequest> request() {
        if (!validate().isEmpty()) {
            return Optional.empty();
        }
        Path out = Path.of(outputFolder.get().trim());
        int segments = Integer.parseInt(k.get().trim());
        PipelineRequest request = source.get() == Source.GENERATE
                ? PipelineRequest.generate(ScaleAndSeed.parseScale(scale.get()), ScaleAndSeed.parseWhole(seed.get()), out)
                : PipelineRequest.existing(openDataset.get(), out);
        request = request.withK(segments);
        return Optional.of(startLive.get() ? request.withLive(LiveStepRequest.leftRunning(LiveStepRequest.DEFAULT_EVENTS_PER_SECOND)) : request);
    }

    /** A chooser's folder: the output folder from now on, whatever the source. */
    public void chooseOutputFolder(Path folder) {
        outputFolder.set(folder.toString());
    }

    private void followSuggestion() {
        String next = suggestion();
        if (outputFolder.get() == null || outputFolder.get().equals(suggested)) {
            outputFolder.set(next);
        }
        suggested = next;
    }

    /** {@code generated-s1-seed42} for new data; the data set folder's name (its run's, for a run's {@code dataset}). */
    private String suggestion() {
        String name;
        if (source.get() == Source.OPEN && openDataset.get() != null) {
            Path folder = openDataset.get();
            Path named = "dataset".equals(String.valueOf(folder.getFileName())) && folder.getParent() != null ? folder.getParent() : folder;
            name = named.getFileName() == null ? "dataset" : named.getFileName().toString();
        } else {
            Double s = ScaleAndSeed.parseScale(scale.get());
            Long n = ScaleAndSeed.parseWhole(seed.get());
            name = "generated-s" + (s == null ? "?" : trimZeros(s)) + "-seed" + (n == null ? "?" : n);
        }
        return runsFolder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_")).toString();
    }

    private static String trimZeros(double value) {
        String text = String.format(Locale.ROOT, "%s", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** The app's data folder, which exists: where the folder chooser opens. */
    public Path dataFolder() {
        return dataFolder;
    }

    public StringBinding errorBinding() {
        return error;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public StringProperty scaleProperty() {
        return scale;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty kProperty() {
        return k;
    }

    /** Whether the run ends by starting the live stream (the simulator over its data set), left running. */
    public BooleanProperty startLiveProperty() {
        return startLive;
    }

    public StringProperty outputFolderProperty() {
        return outputFolder;
    }

    public ReadOnlyObjectProperty<Path> openDatasetProperty() {
        return openDataset.getReadOnlyProperty();
    }
}
