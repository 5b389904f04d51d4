package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.explore.ColumnProfile;
import io.sparkworkbench.engine.explore.ProfileService;
import io.sparkworkbench.engine.explore.TableProfile;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Column profiles of the open table, computed on demand (one Spark pass for all columns), with Stop. */
public final class ProfileViewModel {

    private final ProfileService profiles;
    private final BackgroundAction action;
    private final ObjectProperty<TableProfile> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnProfile> column = new SimpleObjectProperty<>();

    public ProfileViewModel(ProfileService profiles, TaskRunner runner) {
        this.profiles = profiles;
        this.action = new BackgroundAction(runner);
    }

    public void run(String table) {
        profile.set(null);
        column.set(null);
        action.start(profiles.profile(table), "Profiling every column of " + table + "…", "Cannot profile " + table, p -> {
            profile.set(p);
            action.setStatus(Formats.count(p.columns().size()) + " columns over " + Formats.count(p.rows()) + " rows profiled in "
                    + Formats.elapsed(p.elapsedMs()));
            if (!p.columns().isEmpty()) {
                column.set(p.columns().get(0));
            }
        });
    }

    /** The table changed: an old profile would be misleading. */
    public void clear() {
        action.stop();
        profile.set(null);
        column.set(null);
        action.setStatus("");
    }

    public void stop() {
        action.stop();
    }

    public BackgroundAction action() {
        return action;
    }

    public ObjectProperty<TableProfile> profileProperty() {
        return profile;
    }

    /** The column whose chart is shown. */
    public ObjectProperty<ColumnProfile> columnProperty() {
        return column;
    }
}
