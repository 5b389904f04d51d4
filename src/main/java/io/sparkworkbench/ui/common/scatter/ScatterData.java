package io.sparkworkbench.ui.common.scatter;

import java.util.Arrays;
import java.util.Objects;

/**
 * The points a {@link ScatterPlot} shows, immutable and safe to build on any thread: positions, the
 * group (segment) of each point and its id, the groups' names and population sizes, optional
 * centroids, axis labels and a note shown on the chart. Building also builds the {@link PointGrid}
 * used for hover and selection, so do it off the JavaFX thread for large inputs.
 *
 * <p>{@code groupSizes} are the sizes of the whole population, which may exceed the points drawn
 * (a sample); the legend shows them and their share.
 */
public final class ScatterData {

    private static final ScatterData EMPTY = builder(new float[0], new float[0], new int[0], new long[0]).build();

    final float[] x;
    final float[] y;
    final int[] group;
    final long[] ids;
    final String[] groupNames;
    final long[] groupSizes;
    final float[] cx;
    final float[] cy;
    private final String xLabel;
    private final String yLabel;
    private final String note;
    private final Bounds bounds;
    private final PointGrid grid;

    /** The data ranges the plot's home view shows: every point and centroid, before padding. */
    public record Bounds(double minX, double maxX, double minY, double maxY) {
    }

    private ScatterData(Builder b) {
        int n = b.x.length;
        requireLength("y", b.y.length, "x", n);
        requireLength("group", b.group.length, "x", n);
        requireLength("ids", b.ids.length, "x", n);
        int groups = b.groupNames.length;
        requireLength("groupSizes", b.groupSizes.length, "groupNames", groups);
        if (b.cx.length != b.cy.length) {
            throw new IllegalArgumentException("centroids: cx has " + b.cx.length + " values but cy has " + b.cy.length);
        }
        if (b.cx.length != 0 && b.cx.length != groups) {
            throw new IllegalArgumentException("centroids: " + b.cx.length + " centroids for " + groups
                    + " groups; give one per group or none");
        }
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(b.x[i]) || !Float.isFinite(b.y[i])) {
                throw new IllegalArgumentException("point " + i + " (id " + b.ids[i] + ") has a coordinate that is not"
                        + " a finite number: x=" + b.x[i] + ", y=" + b.y[i]);
            }
            if (b.group[i] < 0 || b.group[i] >= groups) {
                throw new IllegalArgumentException("point " + i + " (id " + b.ids[i] + ") is in group " + b.group[i]
                        + " but there are " + groups + " group names (groups are 0.." + (groups - 1) + ")");
            }
        }
        for (int g = 0; g < groups; g++) {
            if (b.groupNames[g] == null) {
                throw new IllegalArgumentException("groupNames[" + g + "] is null");
            }
            if (b.groupSizes[g] < 0) {
                throw new IllegalArgumentException("groupSizes[" + g + "] (" + b.groupNames[g] + ") is negative: "
                        + b.groupSizes[g]);
            }
        }
        for (int g = 0; g < b.cx.length; g++) {
            if (!Float.isFinite(b.cx[g]) || !Float.isFinite(b.cy[g])) {
                throw new IllegalArgumentException("centroid " + g + " (" + b.groupNames[g] + ") is not finite: x="
                        + b.cx[g] + ", y=" + b.cy[g]);
            }
        }
        this.x = b.x.clone();
        this.y = b.y.clone();
        this.group = b.group.clone();
        this.ids = b.ids.clone();
        this.groupNames = b.groupNames.clone();
        this.groupSizes = b.groupSizes.clone();
        this.cx = b.cx.clone();
        this.cy = b.cy.clone();
        this.xLabel = b.xLabel;
        this.yLabel = b.yLabel;
        this.note = b.note;
        this.bounds = computeBounds();
        this.grid = PointGrid.build(this.x, this.y, bounds);
    }

    /** Starts data of {@code x.length} points; every array must have that length. The arrays are copied. */
    public static Builder builder(float[] x, float[] y, int[] group, long[] ids) {
        return new Builder(x, y, group, ids);
    }

    /** No points, no groups. */
    public static ScatterData empty() {
        return EMPTY;
    }

    public int size() {
        return x.length;
    }

    public boolean isEmpty() {
        return x.length == 0;
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    public int group(int i) {
        return group[i];
    }

    public long id(int i) {
        return ids[i];
    }

    public int groupCount() {
        return groupNames.length;
    }

    public String groupName(int g) {
        return groupNames[g];
    }

    public long groupSize(int g) {
        return groupSizes[g];
    }

    /** The sum of the group sizes: the population the points stand for. */
    public long population() {
        long total = 0;
        for (long s : groupSizes) {
            total += s;
        }
        return total;
    }

    public boolean hasCentroids() {
        return cx.length > 0;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    /** Shown on the chart when not empty, e.g. "Drawing a 200,000-point sample of 1,000,000 customers". */
    public String note() {
        return note;
    }

    public Bounds bounds() {
        return bounds;
    }

    PointGrid grid() {
        return grid;
    }

    private Bounds computeBounds() {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        for (int g = 0; g < cx.length; g++) {
            minX = Math.min(minX, cx[g]);
            maxX = Math.max(maxX, cx[g]);
            minY = Math.min(minY, cy[g]);
            maxY = Math.max(maxY, cy[g]);
        }
        if (minX > maxX) {
            return new Bounds(0, 1, 0, 1);
        }
        // A single point or a line of points still needs an area to show.
        if (maxX - minX < 1e-9) {
            minX -= 0.5;
            maxX += 0.5;
        }
        if (maxY - minY < 1e-9) {
            minY -= 0.5;
            maxY += 0.5;
        }
        return new Bounds(minX, maxX, minY, maxY);
    }

    private static void requireLength(String name, int length, String reference, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(name + " has " + length + " values but " + reference + " has "
                    + expected + "; every per-point (or per-group) array must have the same length");
        }
    }

    /** Collects the optional parts of {@link ScatterData}. */
    public static final class Builder {
        private final float[] x;
        private final float[] y;
        private final int[] group;
        private final long[] ids;
        private String[] groupNames = new String[0];
        private long[] groupSizes = new long[0];
        private float[] cx = new float[0];
        private float[] cy = new float[0];
        private String xLabel = "";
        private String yLabel = "";
        private String note = "";

        private Builder(float[] x, float[] y, int[] group, long[] ids) {
            this.x = Objects.requireNonNull(x, "x");
            this.y = Objects.requireNonNull(y, "y");
            this.group = Objects.requireNonNull(group, "group");
            this.ids = Objects.requireNonNull(ids, "ids");
        }

        /** One name and one population size per group; group indices are positions in these arrays. */
        public Builder groups(String[] names, long[] sizes) {
            this.groupNames = Objects.requireNonNull(names, "groupNames");
            this.groupSizes = Objects.requireNonNull(sizes, "groupSizes");
            return this;
        }

        /** Names the groups and counts their points among those given: for data that is not a sample. */
        public Builder groupsCountingPoints(String... names) {
            long[] sizes = new long[names.length];
            for (int g : group) {
                if (g >= 0 && g < sizes.length) {
                    sizes[g]++;
                }
            }
            return groups(names, sizes);
        }

        /** One centroid per group, in the same coordinates as the points. */
        public Builder centroids(float[] cx, float[] cy) {
            this.cx = Objects.requireNonNull(cx, "cx");
            this.cy = Objects.requireNonNull(cy, "cy");
            return this;
        }

        public Builder axisLabels(String xLabel, String yLabel) {
            this.xLabel = xLabel == null ? "" : xLabel;
            this.yLabel = yLabel == null ? "" : yLabel;
            return this;
        }

        public Builder note(String note) {
            this.note = note == null ? "" : note;
            return this;
        }

        /** @throws IllegalArgumentException naming the array, point or group that is wrong */
        public ScatterData build() {
            return new ScatterData(this);
        }
    }

    @Override
    public String toString() {
        return "ScatterData[" + size() + " points, groups " + Arrays.toString(groupNames) + "]";
    }
}
