package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.segment.ProjectionScore;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.ui.common.scatter.ScatterData;
import io.sparkworkbench.ui.common.scatter.ScatterThumbnail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;

/**
 * "Informative projections": the feature pairs that separate the segments best, as small multiples,
 * best first; clicking one shows that pair large on the scatterplot.
 */
final class ProjectionsView extends BorderPane {

    static final int SHOWN = 6;
    /** A thumbnail needs no more points than this to show the shape of the segments. */
    private static final int THUMBNAIL_POINTS = 20_000;

    private final TilePane tiles = new TilePane(10, 10);
    private final List<ScatterThumbnail> thumbnails = new ArrayList<>();
    private final PlotBuilds builds;
    private final SegmentsViewModel model;
    private boolean dark;

    ProjectionsView(SegmentsViewModel model, BiConsumer<String, String> showPair) {
        this(model, showPair, new PlotBuilds());
    }

    ProjectionsView(SegmentsViewModel model, BiConsumer<String, String> showPair, PlotBuilds builds) {
        this.model = model;
        this.builds = builds;
        setId("segments-projections");
        tiles.setPadding(new Insets(10));
        tiles.setPrefColumns(3);
        Label status = new Label();
        status.setId("projections-status");
        status.textProperty().bind(model.rankingAction().statusProperty());
        status.setWrapText(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.rankingAction().runningProperty());
        HBox top = new HBox(8, busy, status);
        top.setPadding(new Insets(6, 8, 0, 8));
        setTop(top);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.projectionsProperty().addListener((obs, old, ranked) -> show(model.resultProperty().get(), ranked, showPair));
    }

    private void show(SegmentationResult result, List<ProjectionScore> ranked, BiConsumer<String, String> showPair) {
        tiles.getChildren().clear();
        thumbnails.clear();
        if (result == null || ranked == null || ranked.isEmpty()) {
            return;
        }
        List<ProjectionScore> best = ranked.subList(0, Math.min(SHOWN, ranked.size()));
        // Dropped if the shown result or its ranking changed meanwhile (a new result clears the ranking first).
        builds.build(() -> best.stream().map(score -> thumbnail(result, score)).toList(),
                () -> model.resultProperty().get() == result && model.projectionsProperty().get() == ranked, built -> {
            for (int i = 0; i < built.size(); i++) {
                ProjectionScore score = best.get(i);
                ScatterThumbnail thumbnail = new ScatterThumbnail();
                thumbnail.setId("projection-" + i);
                thumbnail.setData(built.get(i));
                thumbnail.setTitle(label(score.xFeature()) + " × " + label(score.yFeature()),
                        String.format(Locale.US, "%.2f", score.silhouette()));
                thumbnail.setDarkTheme(dark);
                thumbnail.setOnMouseClicked(e -> showPair.accept(score.xFeature(), score.yFeature()));
                thumbnails.add(thumbnail);
                tiles.getChildren().add(thumbnail);
            }
        }, message -> { });
    }

    private static ScatterData thumbnail(SegmentationResult result, ProjectionScore score) {
        ScatterData full = new PlotAxes(score.xFeature(), score.yFeature(), true).build(result);
        if (full.size() <= THUMBNAIL_POINTS) {
            return full;
        }
        int stride = (int) Math.ceil(full.size() / (double) THUMBNAIL_POINTS);
        int n = (full.size() + stride - 1) / stride;
        float[] x = new float[n];
        float[] y = new float[n];
        int[] group = new int[n];
        long[] ids = new long[n];
        for (int i = 0, p = 0; i < n; i++, p += stride) {
            x[i] = full.x(p);
            y[i] = full.y(p);
            group[i] = full.group(p);
            ids[i] = full.id(p);
        }
        String[] names = new String[full.groupCount()];
        long[] sizes = new long[full.groupCount()];
        for (int g = 0; g < names.length; g++) {
            names[g] = full.groupName(g);
            sizes[g] = full.groupSize(g);
        }
        return ScatterData.builder(x, y, group, ids).groups(names, sizes).build();
    }

    private static String label(String column) {
        return CustomerFeature.ofColumn(column).map(CustomerFeature::label).orElse(column);
    }

    void setDarkTheme(boolean isDark) {
        this.dark = isDark;
        thumbnails.forEach(t -> t.setDarkTheme(isDark));
    }
}
