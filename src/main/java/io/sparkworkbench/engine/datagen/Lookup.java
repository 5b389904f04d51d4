package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import org.apache.spark.sql.Column;

/**
 * A categorical distribution as an array literal: each value repeated in proportion to its weight,
 * so drawing is one array lookup with a uniform number. Several rows (e.g. one per segment) can be
 * laid side by side, each {@link #width()} entries long.
 */
final class Lookup {

    static final int DEFAULT_WIDTH = 400;

    private final Object values;
    private final int width;

    private Lookup(Object values, int width) {
        this.values = values;
        this.width = width;
    }

    int width() {
        return width;
    }

    /** The value {@code HashRandom.pick(this, row, uniform)} gives, in plain Java (int lookups only). */
    int intAt(int row, double uniform) {
        return ((int[]) values)[row * width + (int) Math.floor(uniform * width)];
    }

    Column column() {
        return lit(values);
    }

    static Lookup ofStrings(String[] values, double[] weights) {
        return ofStringRows(values, new double[][] {weights});
    }

    static Lookup ofStringRows(String[] values, double[][] weightRows) {
        int width = DEFAULT_WIDTH;
        String[] table = new String[width * weightRows.length];
        for (int row = 0; row < weightRows.length; row++) {
            int[] slots = slots(weightRows[row], width);
            fill(table, row * width, values, slots);
        }
        return new Lookup(table, width);
    }

    static Lookup ofInts(int[] values, double[] weights) {
        return ofIntRows(values, new double[][] {weights});
    }

    static Lookup ofIntRows(int[] values, double[][] weightRows) {
        int width = DEFAULT_WIDTH;
        int[] table = new int[width * weightRows.length];
        for (int row = 0; row < weightRows.length; row++) {
            int[] slots = slots(weightRows[row], width);
            int at = row * width;
            for (int i = 0; i < values.length; i++) {
                Arrays.fill(table, at, at + slots[i], values[i]);
                at += slots[i];
            }
        }
        return new Lookup(table, width);
    }

    private static void fill(String[] table, int start, String[] values, int[] slots) {
        int at = start;
        for (int i = 0; i < values.length; i++) {
            Arrays.fill(table, at, at + slots[i], values[i]);
            at += slots[i];
        }
    }

    /** Slots per value summing to exactly {@code width} (largest remainder rounding). */
    static int[] slots(double[] weights, int width) {
        double total = Arrays.stream(weights).sum();
        int[] slots = new int[weights.length];
        double[] remainders = new double[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = weights[i] / total * width;
            slots[i] = (int) Math.floor(exact);
            remainders[i] = exact - slots[i];
            used += slots[i];
        }
        while (used < width) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            slots[best]++;
            remainders[best] = -1;
            used++;
        }
        return slots;
    }
}
