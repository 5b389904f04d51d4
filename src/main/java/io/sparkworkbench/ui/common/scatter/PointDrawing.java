package io.sparkworkbench.ui.common.scatter;

/** How the on-screen plot puts its points on the canvas. Exports always draw through Java2D. */
public enum PointDrawing {
    /** Points rasterised into an int buffer, uploaded as one image per frame: the fastest (ADR 0016). */
    RASTER,
    /** One {@code GraphicsContext.fillRect} per point: kept to measure against, see ScatterBenchmark. */
    FILL_RECT
}
