package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: the filter being edited, the values the filter bar offers, and the figures last computed.
 * Work starts only once the tab is shown and a data set is open; a new data set (or a restarted session) computes
 * again the next time the tab is shown. Starting a computation stops the one running.
 */
public final class DashboardViewModel {

    /** The value of a combo box that filters nothing. */
    public static final String ALL = "All";

    private final DashboardBackend backend;
    private final BackgroundAction action;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> country = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> channel = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<String> segment = new SimpleObjectProperty<>(ALL);
    private final ObservableList<String> countries = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> channels = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> segments = FXCollections.observableArrayList(ALL);
    private final ReadOnlyObjectWrapper<FilterChoices> choices = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>();
    private Path folder;
    private boolean shown;
    private boolean stale;

    public DashboardViewModel(DashboardBackend backend, TaskRunner runner) {
        this.backend = backend;
        this.action = new BackgroundAction(runner);
    }

    /** A data set was opened: its figures are computed when the tab is (next) shown. */
    public void datasetOpened(Path datasetFolder) {
        folder = datasetFolder;
        stale = true;
        data.set(null);
        if (shown) {
            reload();
        }
    }

    public void shown() {
        shown = true;
        if (stale && folder != null) {
            reload();
        }
    }

    /** Views are gone with the old session: the filter's values and figures are computed again. */
    public void sessionRestarted() {
        stale = true;
        if (shown && folder != null) {
            reload();
        }
    }

    /**
     * Reads the filter bar's values from the data (segments appear once the Segments tab has trained a model), then
     * computes: for the last year of data after a new data set, else for the filter shown (a value the data no
     * longer has goes back to "All").
     */
    public void reload() {
        boolean keep = !stale && choices.get() != null && filter().isPresent();
        stale = false;
        action.start(backend.choices(), "Reading the data set's date range and filter values…", "Dashboard not computed",
                found -> {
                    // Read before the lists change: a combo box may clear its value when its items are replaced.
                    List<String> shown = List.of(String.valueOf(country.get()), String.valueOf(channel.get()), String.valueOf(segment.get()));
                    choices.set(found);
                    countries.setAll(withAll(found.countries()));
                    channels.setAll(withAll(found.channels()));
                    segments.setAll(withAll(found.segments()));
                    if (keep) {
                        keepIfOffered(country, shown.get(0), countries);
                        keepIfOffered(channel, shown.get(1), channels);
                        keepIfOffered(segment, shown.get(2), segments);
                    } else {
                        DashboardFilter initial = found.defaultFilter();
                        from.set(initial.from());
                        to.set(initial.to());
                        country.set(ALL);
                        channel.set(ALL);
                        segment.set(ALL);
                    }
                    apply();
                });
    }

    private static void keepIfOffered(ObjectProperty<String> value, String was, List<String> offered) {
        value.set(offered.contains(was) ? was : ALL);
    }

    /** Computes every card and chart for the filter bar's values. */
    public void apply() {
        Optional<DashboardFilter> filter = filter();
        if (filter.isEmpty()) {
            action.setStatus(from.get() == null || to.get() == null ? "Choose both dates" : "The range ends before it starts");
            return;
        }
        action.start(backend.compute(filter.get(), folder), "Computing the dashboard in Spark…", "Dashboard not computed",
                computed -> {
                    data.set(computed);
                    action.setStatus("Showing " + computed.filter().from() + " to " + computed.filter().to()
                            + " against the " + computed.filter().days() + " days before");
                });
    }

    /** Back to the last year of data and no other filter. */
    public void resetFilter() {
        FilterChoices found = choices.get();
        if (found == null) {
            return;
        }
        from.set(found.defaultFilter().from());
        to.set(found.defaultFilter().to());
        country.set(ALL);
        channel.set(ALL);
        segment.set(ALL);
        apply();
    }

    public void stop() {
        action.stop();
    }

    /** The filter bar's values as a filter; empty while a date is missing or the range is backwards. */
    public Optional<DashboardFilter> filter() {
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(new DashboardFilter(from.get(), to.get(), chosen(country.get()), chosen(channel.get()), chosen(segment.get())));
    }

    private static Optional<String> chosen(String value) {
        return value == null || ALL.equals(value) ? Optional.empty() : Optional.of(value);
    }

    private static List<String> withAll(List<String> values) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(values.size() + 1);
        all.add(ALL);
        all.addAll(values);
        return all;
    }

    public BackgroundAction action() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObjectProperty<String> channelProperty() {
        return channel;
    }

    public ObjectProperty<String> segmentProperty() {
        return segment;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> segments() {
        return segments;
    }

    public ReadOnlyObjectProperty<FilterChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The open data set's folder, once the Data tab opened one. */
    public Optional<Path> datasetFolder() {
        return Optional.ofNullable(folder);
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }
}
