package io.sparkworkbench.ui.common.chart;

/** Pixel size of an exported chart image (also the page size, in points, of SVG and PDF exports). */
public record ImageSize(int width, int height) {

    /** Keeps exports within what a PNG encoder handles in memory: 10,000 x 10,000 ARGB is 400 MB. */
    public static final int MAX_SIDE = 10_000;

    public ImageSize {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image size must be 1.." + MAX_SIDE + " on each side, got "
                    + width + " x " + height);
        }
    }

    @Override
    public String toString() {
        return width + " x " + height;
    }
}
