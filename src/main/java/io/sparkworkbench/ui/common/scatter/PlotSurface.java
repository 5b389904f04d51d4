package io.sparkworkbench.ui.common.scatter;

/**
 * What {@link ScatterPainter} (and the graph view's painter) draws on: a JavaFX canvas on screen
 * ({@link CanvasSurface}) or a Java2D {@code Graphics2D} for PNG, SVG and PDF ({@link Graphics2DSurface}),
 * so the screen and the exports come from one drawing routine. Coordinates are pixels; colours are ARGB ints.
 */
public interface PlotSurface {

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

    /**
     * Starts the plot area: fills it with {@code background}, draws 1-pixel grid lines at the given screen
     * columns (vertical) and rows (horizontal), then takes points until {@link #endPoints}; points outside
     * the area are culled. One call rather than separate fills and lines so that a canvas can rasterise the
     * whole area itself and upload it as one opaque image.
     */
    void beginPlotArea(double left, double top, double width, double height, int background,
                       double[] gridColumns, double[] gridRows, int gridColour);

    /** A square of side {@code size} centred on (x, y). Opaque colours only. */
    void point(double x, double y, int size, int argb);

    /**
     * A thin (1 px) straight line between two points of the plot area, in a colour that may be translucent;
     * the part outside the area is culled. Taken between {@link #beginPlotArea} and {@link #endPoints},
     * like points, so a canvas can rasterise thousands of them into its one image.
     */
    void edge(double x0, double y0, double x1, double y1, int argb);

    /** A filled circle of {@code radius} pixels centred on (x, y), between {@link #beginPlotArea} and {@link #endPoints}. */
    void disc(double x, double y, double radius, int argb);

    void endPoints();
}
