package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.dashboard.Kpi;
import io.sparkworkbench.engine.dashboard.KpiCard;
import io.sparkworkbench.report.KpiFormat;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One KPI card: the figure's name, its value for the period, the change against the previous period, a sparkline. */
final class KpiCardView extends VBox {

    private final Kpi kpi;
    private final Label value = new Label("—");
    private final Label change = new Label(" ");
    private final Sparkline sparkline = new Sparkline(150, 30);

    KpiCardView(Kpi kpi) {
        this.kpi = kpi;
        Label title = new Label(kpi.label());
        title.getStyleClass().add("kpi-title");
        value.setId("kpi-value-" + kpi.name().toLowerCase(java.util.Locale.ROOT));
        value.getStyleClass().add("kpi-value");
        change.getStyleClass().add("kpi-change");
        getChildren().addAll(title, value, change, sparkline);
        setSpacing(2);
        setPadding(new Insets(8, 10, 8, 10));
        setMinWidth(170);
        getStyleClass().add("kpi-card");
        setId("kpi-card-" + kpi.name().toLowerCase(java.util.Locale.ROOT));
    }

    void show(KpiCard card) {
        value.setText(KpiFormat.value(kpi, card.current()));
        change.setText(KpiFormat.change(kpi, card.current(), card.previous(), card.change()));
        change.getStyleClass().removeAll("kpi-up", "kpi-down");
        if (change.getText().startsWith("▲")) {
            change.getStyleClass().add("kpi-up");
        } else if (change.getText().startsWith("▼")) {
            change.getStyleClass().add("kpi-down");
        }
        sparkline.setValues(card.sparkline());
        String note = card.note().isEmpty() ? "" : "\n" + card.note();
        Tooltip.install(this, new Tooltip(kpi.label() + ": " + KpiFormat.value(kpi, card.current()) + " this period, "
                + KpiFormat.value(kpi, card.previous()) + " the period before" + note));
    }

    void clear() {
        value.setText("—");
        change.setText(" ");
        sparkline.setValues(new double[0]);
    }

    String valueText() {
        return value.getText();
    }

    Sparkline sparkline() {
        return sparkline;
    }
}
