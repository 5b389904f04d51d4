package io.sparkworkbench.app.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

/** Prints benchmark figures as {@code name value unit}, one per line, flushed at once. */
public final class Figures {

    private final PrintWriter out;

    public Figures(PrintWriter out) {
        this.out = out;
    }

    public void print(String name, double value, String unit) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
        out.println(name + " " + text + " " + unit);
        out.flush();
    }

    public void note(String message) {
        out.println("# " + message);
        out.flush();
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
