package io.sparkworkbench.ui.data;

import io.sparkworkbench.ui.common.WorkbenchTab;
import javafx.scene.Node;

/** The Data tab as a plug-in of the main window. */
public final class DataTab implements WorkbenchTab {

    private final DataGenViewModel model;
    private DataGenView view;

    public DataTab(DataGenViewModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return "data";
    }

    @Override
    public String title() {
        return "Data";
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new DataGenView(model);
        }
        return view;
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
        }
    }
}
