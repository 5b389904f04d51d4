package io.sparkworkbench.app.bench;

import io.sparkworkbench.ui.common.scatter.ScatterData;
import io.sparkworkbench.ui.common.scatter.ScatterPlot;
import io.sparkworkbench.ui.common.scatter.ScatterThumbnail;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** Shows the scatterplot with the benchmark's 200k points, a selection and three thumbnails, for a screenshot. */
public final class ScatterDemoLauncher {

    private ScatterDemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        boolean dark = args.length > 0 && args[0].equals("dark");
        ScatterData data = ScatterBenchmark.clusters(200_000, 43);
        Platform.startup(() -> {
            ScatterPlot plot = new ScatterPlot();
            plot.setData(data);
            plot.setDarkTheme(dark);
            plot.selectInPolygon(new double[]{-1, 2, 3.5, 1}, new double[]{-1, -0.5, 2.5, 3});
            HBox thumbs = new HBox(8);
            thumbs.setPadding(new Insets(6));
            for (int k = 0; k < 3; k++) {
                ScatterThumbnail t = new ScatterThumbnail();
                t.setData(data);
                t.setDarkTheme(dark);
                t.setTitle("pair " + (k + 1), String.format(java.util.Locale.US, "%.2f", 0.8 - 0.1 * k));
                thumbs.getChildren().add(t);
            }
            BorderPane root = new BorderPane(plot);
            root.setBottom(thumbs);
            root.setStyle(dark ? "-fx-background-color: #0d1117;" : "-fx-background-color: white;");
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 1200, 900));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        Thread.sleep(Long.parseLong(System.getProperty("demo.millis", "8000")));
        System.exit(0);
    }
}
