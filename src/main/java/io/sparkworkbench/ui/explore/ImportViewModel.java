package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.files.ImportOptions;
import io.sparkworkbench.engine.files.ImportPreview;
import io.sparkworkbench.engine.files.ImportResult;
import io.sparkworkbench.engine.files.ImportService;
import io.sparkworkbench.engine.files.ParseMode;
import io.sparkworkbench.engine.files.SourceFormat;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The import dialog's state: the file, every read option (suggested from the file, then the user's), the
 * live preview of the first rows under those options, the view name, and the import itself.
 */
public final class ImportViewModel {

    public static final int PREVIEW_ROWS = 100;

    private final ImportService imports;
    private final BackgroundAction previewAction;
    private final BackgroundAction importAction;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final BooleanProperty inspecting = new SimpleBooleanProperty();
    private final ObjectProperty<SourceFormat> format = new SimpleObjectProperty<>(SourceFormat.CSV);
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final StringProperty delimiter = new SimpleStringProperty(",");
    private final StringProperty quote = new SimpleStringProperty("\"");
    private final StringProperty escape = new SimpleStringProperty("\\");
    private final StringProperty encoding = new SimpleStringProperty("UTF-8");
    private final BooleanProperty multiLine = new SimpleBooleanProperty();
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final StringProperty timestampFormat = new SimpleStringProperty("");
    private final BooleanProperty inferSchema = new SimpleBooleanProperty(true);
    private final ObjectProperty<ParseMode> mode = new SimpleObjectProperty<>(ParseMode.PERMISSIVE);
    private final StringProperty nullValue = new SimpleStringProperty("");
    private final ObservableMap<String, String> typeOverrides = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty viewName = new SimpleStringProperty("");
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final StringProperty clusterWarning = new SimpleStringProperty("");
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();

    /** Non-empty when Spark runs on a remote cluster whose executors must be able to read this file. */
    public StringProperty clusterWarningProperty() {
        return clusterWarning;
    }

    public ImportViewModel(ImportService imports, TaskRunner runner) {
        this.imports = imports;
        this.previewAction = new BackgroundAction(runner);
        this.importAction = new BackgroundAction(runner);
        viewName.addListener((obs, old, name) -> nameProblem.set(ImportService.checkViewName(name).orElse("")));
    }

    /**
     * A new file: a view name from its name at once; the options suggested from its first bytes are read
     * in the background ("Reading the file…"), then the preview follows.
     */
    public void load(Path file) {
        path.set(file);
        // Shown, not enforced: the path may well be on a share every worker mounts.
        clusterWarning.set(imports.clusterWarning(file).orElse(""));
        typeOverrides.clear();
        result.set(null);
        viewName.set(ImportService.suggestViewName(file));
        inspecting.set(true);
        previewAction.start(imports.suggestOptionsInBackground(file), "Reading the file…", "Cannot read the file", options -> {
            inspecting.set(false);
            apply(options);
            refreshPreview();
        }, error -> {
            inspecting.set(false);
            // The preview names the problem (missing, binary …) in its words; the defaults stay meanwhile.
            refreshPreview();
        });
    }

    private void apply(ImportOptions o) {
        format.set(o.format());
        header.set(o.header());
        delimiter.set(o.delimiter());
        quote.set(o.quote());
        escape.set(o.escape());
        encoding.set(o.encoding());
        multiLine.set(o.multiLine());
        dateFormat.set(o.dateFormat());
        timestampFormat.set(o.timestampFormat());
        inferSchema.set(o.inferSchema());
        mode.set(o.mode());
        nullValue.set(o.nullValue() == null ? "" : o.nullValue());
    }

    public ImportOptions options() {
        return new ImportOptions(format.get(), header.get(), delimiter.get(), quote.get(), escape.get(), encoding.get(),
                multiLine.get(), dateFormat.get(), timestampFormat.get(), inferSchema.get(), mode.get(),
                Map.copyOf(typeOverrides), nullValue.get());
    }

    /**
     * Reads the first rows under the current options; a newer request replaces an older one. While the
     * file's options are still being read, nothing: the preview follows them.
     */
    public void refreshPreview() {
        if (path.get() == null || inspecting.get()) {
            return;
        }
        previewAction.start(imports.preview(path.get(), options(), PREVIEW_ROWS), "Reading the first rows…",
                "Cannot preview", p -> {
                    preview.set(p);
                    previewAction.setStatus(describe(p));
                }, error -> preview.set(null));
    }

    private static String describe(ImportPreview p) {
        String rows = p.rows().size() + (p.rows().size() == 1 ? " row" : " rows") + " shown";
        return p.malformedShown() == 0 ? rows : rows + ", " + p.malformedShown() + " of them malformed";
    }

    /** Registers the view; {@code done} gets the result (row count, malformed rows). */
    public void importNow(Consumer<ImportResult> done) {
        if (path.get() == null || !nameProblem.get().isEmpty() || viewName.get().isBlank()) {
            return;
        }
        importAction.start(imports.importAs(path.get(), options(), viewName.get().trim()),
                "Importing " + path.get().getFileName() + " as " + viewName.get().trim() + "…",
                "Import failed", imported -> {
                    result.set(imported);
                    done.accept(imported);
                });
    }

    /**
     * The import without the dialog (a file the app was started on): the options and view name the dialog would
     * suggest, then the import. {@code failed} gets the first failure, of reading the file or of the import.
     */
    public void importSuggested(Path file, Consumer<ImportResult> done, Consumer<Throwable> failed) {
        path.set(file);
        typeOverrides.clear();
        result.set(null);
        viewName.set(ImportService.suggestViewName(file));
        importAction.start(imports.suggestOptionsInBackground(file), "Reading " + file.getFileName() + "…", "Cannot read the file",
                options -> {
                    apply(options);
                    importAction.start(imports.importAs(file, options(), viewName.get()),
                            "Importing " + file.getFileName() + " as " + viewName.get() + "…", "Import failed", imported -> {
                                result.set(imported);
                                done.accept(imported);
                            }, failed);
                }, failed);
    }

    /** True while the file's options are read in the background: the form waits for them. */
    public ReadOnlyBooleanProperty inspectingProperty() {
        return inspecting;
    }

    public ObjectProperty<Path> pathProperty() {
        return path;
    }

    public ObjectProperty<SourceFormat> formatProperty() {
        return format;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    public StringProperty escapeProperty() {
        return escape;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public BooleanProperty multiLineProperty() {
        return multiLine;
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public StringProperty timestampFormatProperty() {
        return timestampFormat;
    }

    public BooleanProperty inferSchemaProperty() {
        return inferSchema;
    }

    /** CSV text that also means null (an empty field always does), e.g. NULL or \N in database dumps. */
    public StringProperty nullValueProperty() {
        return nullValue;
    }

    public ObjectProperty<ParseMode> modeProperty() {
        return mode;
    }

    /** Column name to the Spark SQL type that replaces the inferred one. */
    public ObservableMap<String, String> typeOverrides() {
        return typeOverrides;
    }

    public StringProperty viewNameProperty() {
        return viewName;
    }

    public StringProperty nameProblemProperty() {
        return nameProblem;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public BackgroundAction previewAction() {
        return previewAction;
    }

    public BackgroundAction importAction() {
        return importAction;
    }
}
