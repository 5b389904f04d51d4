package io.sparkworkbench.ui.common.scatter;

import java.util.Locale;

/** "Nice" tick positions (1, 2 or 5 times a power of ten) for a range, and their labels. */
record AxisTicks(double[] values, int decimals, boolean scientific) {

    static AxisTicks of(double min, double max, int targetCount) {
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) {
            return new AxisTicks(new double[0], 0, false);
        }
        double raw = range / Math.max(1, targetCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
        double first = Math.ceil(min / step) * step;
        int count = (int) Math.floor((max - first) / step + 1e-9) + 1;
        count = Math.max(0, Math.min(count, 100));
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            double v = first + i * step;
            values[i] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        double largest = Math.max(Math.abs(min), Math.abs(max));
        boolean scientific = largest >= 1e7 || step < 1e-4;
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return new AxisTicks(values, decimals, scientific);
    }

    String label(double value) {
        if (scientific) {
            return String.format(Locale.US, "%.3g", value);
        }
        return String.format(Locale.US, "%,." + decimals + "f", value);
    }
}
