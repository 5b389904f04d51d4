package io.sparkworkbench.ui.shell;

import io.sparkworkbench.engine.EngineStatus;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** The bottom line of the window: session state with a coloured dot, master, heap, and the jobs toggle. */
final class StatusBar extends HBox {

    /**
     * @param reconnect     run when the user asks for a new session on the lost cluster
     * @param switchToLocal run when the user gives up on the cluster and goes local
     */
    StatusBar(StatusBarViewModel model, ToggleButton jobsToggle, Runnable reconnect, Runnable switchToLocal) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("session-dot");
        Label session = new Label();
        session.setId("status-session");
        session.textProperty().bind(model.sessionTextProperty());
        session.setGraphic(dot);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.sessionTextProperty());
        session.setTooltip(tip);
        session.setMaxWidth(600);
        model.stateProperty().addListener((obs, old, state) -> styleFor(dot, state));
        styleFor(dot, model.stateProperty().get());

        Label master = new Label();
        master.setId("status-master");
        master.textProperty().bind(model.masterTextProperty());
        Label heap = new Label();
        heap.setId("status-heap");
        heap.textProperty().bind(model.heapTextProperty());
        Label notice = new Label();
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(model.noticeTextProperty());
        notice.visibleProperty().bind(model.noticeTextProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMinWidth(0);
        notice.setStyle("-fx-text-fill: #cf222e; -fx-font-weight: bold;");
        Tooltip noticeTip = new Tooltip();
        noticeTip.textProperty().bind(model.noticeTextProperty());
        notice.setTooltip(noticeTip);
        // A long notice gives way (with the master) before the session state, the heap and the jobs button.
        session.setMinWidth(Region.USE_PREF_SIZE);
        heap.setMinWidth(Region.USE_PREF_SIZE);
        jobsToggle.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        javafx.scene.control.Button reconnectButton = new javafx.scene.control.Button("Reconnect");
        reconnectButton.setId("status-reconnect");
        reconnectButton.setOnAction(e -> reconnect.run());
        javafx.scene.control.Button localButton = new javafx.scene.control.Button("Switch to local");
        localButton.setId("status-switch-local");
        localButton.setOnAction(e -> switchToLocal.run());
        for (javafx.scene.control.Button b : new javafx.scene.control.Button[] {reconnectButton, localButton}) {
            b.visibleProperty().bind(model.clusterLostProperty());
            b.managedProperty().bind(model.clusterLostProperty());
        }

        getChildren().addAll(session, reconnectButton, localButton, sep(), master, notice, spacer, heap, sep(), jobsToggle);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(3, 10, 3, 10));
        getStyleClass().add("status-bar");
    }

    private static Label sep() {
        Label sep = new Label("|");
        sep.getStyleClass().add("status-separator");
        return sep;
    }

    private static void styleFor(Circle dot, EngineStatus.State state) {
        dot.getStyleClass().removeIf(c -> c.startsWith("session-"));
        dot.getStyleClass().addAll("session-dot", "session-" + state.name().toLowerCase(Locale.ROOT));
    }
}
