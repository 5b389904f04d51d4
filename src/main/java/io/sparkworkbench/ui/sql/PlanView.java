package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.PlanNode;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;

/** A physical plan as a collapsible tree: operator, Spark's details, and the metrics of a run. */
public final class PlanView extends TreeView<PlanNode> {

    public PlanView(PlanNode root) {
        setRoot(item(root));
        setShowRoot(true);
        getStyleClass().add("sql-plan");
        setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(PlanNode node, boolean empty) {
                super.updateItem(node, empty);
                if (empty || node == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(node.name());
                name.getStyleClass().add("section-title");
                Label details = new Label(node.details());
                details.getStyleClass().add("form-hint");
                VBox box = new VBox(1, name, details);
                if (!node.metrics().isEmpty()) {
                    Label metrics = new Label(String.join(" · ", node.metrics()));
                    metrics.getStyleClass().add("plan-metrics");
                    box.getChildren().add(metrics);
                }
                setGraphic(box);
            }
        });
    }

    private static TreeItem<PlanNode> item(PlanNode node) {
        TreeItem<PlanNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }
}
