package io.sparkworkbench.ui.common.scatter;

import javafx.animation.AnimationTimer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A small, non-interactive scatterplot for small multiples (e.g. the best feature pairs): points and
 * centroids coloured by group under a title and a score, no axes or legend. The owner handles clicks
 * with {@code setOnMouseClicked}. Redraws once per pulse when changed, like {@link ScatterPlot}, and
 * shares its drawing code. JavaFX thread only.
 */
public class ScatterThumbnail extends Region {

    private static final double TITLE_BAND = 18;
    private static final double PAD = 4;

    private final Canvas canvas = new Canvas();
    private final CanvasSurface surface = new CanvasSurface();
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            draw();
        }
    };
    private ScatterData data = ScatterData.empty();
    private ScatterStyle style = ScatterStyle.LIGHT;
    private String title = "";
    private String score = "";
    private boolean dirty = true;

    public ScatterThumbnail() {
        getChildren().add(canvas);
        getStyleClass().add("scatter-thumbnail");
        setCursor(Cursor.HAND);
        setMinSize(60, 60);
        setPrefSize(220, 180);
    }

    public void setData(ScatterData data) {
        this.data = data == null ? ScatterData.empty() : data;
        invalidate();
    }

    public ScatterData getData() {
        return data;
    }

    /** The line above the points, e.g. "recency vs monetary", and its right-aligned score, e.g. "0.61". */
    public void setTitle(String title, String score) {
        this.title = title == null ? "" : title;
        this.score = score == null ? "" : score;
        invalidate();
    }

    public String getTitle() {
        return title;
    }

    public void setDarkTheme(boolean dark) {
        style = ScatterStyle.of(dark);
        invalidate();
    }

    /** Draws the pending frame at once (for snapshots and tests). */
    public void drawNow() {
        layout();
        if (dirty) {
            draw();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            invalidate();
        }
    }

    private void invalidate() {
        dirty = true;
        pulse.start();
    }

    private void draw() {
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 2 * PAD + 1 || h < TITLE_BAND + PAD + 1) {
            return;
        }
        ViewTransform view = ViewTransform.fit(data.bounds(), 0.04, PAD, TITLE_BAND, w - 2 * PAD, h - TITLE_BAND - PAD);
        surface.use(canvas.getGraphicsContext2D(), PointDrawing.RASTER);
        surface.beginFrame(w, h);
        PlotState state = new PlotState(data, view, new boolean[data.groupCount()], null, style);
        ScatterPainter.paintThumbnail(surface, state, w, h, title, score);
    }
}
