package io.sparkworkbench.ui.common.scatter;

/**
 * What {@link ScatterPainter} draws on: a JavaFX canvas on screen ({@link CanvasSurface}) or a Java2D
 * {@code Graphics2D} for PNG, SVG and PDF ({@link Graphics2DSurface}), so the screen and the exports
 * come from one drawing routine. Coordinates are pixels; colours are ARGB ints.
 */
interface PlotSurface {

    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, int argb, double lineWidth);

    void line(double x0, double y0, double x1, double y1, int argb, double lineWidth);

    /** A closed polygon, filled and then outlined. */
    void polygon(double[] xs, double[] ys, int fillArgb, int strokeArgb, double lineWidth);

    /** Text with its baseline at y, aligned about x. */
    void text(String text, double x, double y, double size, boolean bold, int argb, Align align);

    /** Text turned a quarter left (reading upwards), centred on (x, y). */
    void verticalText(String text, double x, double y, double size, boolean bold, int argb);

    double textWidth(String text, double size, boolean bold);

    void clip(double x, double y, double w, double h);

    void unclip();

    /**
     * Starts a batch of square points inside the given area (points outside are culled); the surface
     * may rasterise them itself, which is why they are not plain {@link #fillRect} calls.
     */
    void beginPoints(double left, double top, double width, double height);

    /** A square of side {@code size} centred on (x, y). Opaque colours only. */
    void point(double x, double y, int size, int argb);

    void endPoints();
}
