package io.sparkworkbench.ui.data;

import io.sparkworkbench.engine.datagen.GenerationRequest;

/** The scale and seed fields of a form that generates a data set (the Data tab's, the Dashboard's pipeline pane). */
public final class ScaleAndSeed {

    private ScaleAndSeed() {
    }

    /** The scale typed, or null when it is not a finite number. */
    public static Double parseScale(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The whole number typed, or null. */
    public static Long parseWhole(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Empty when both fields are right, else what is wrong and in which field. */
    public static String problem(String scale, String seed) {
        Double s = parseScale(scale);
        if (s == null) {
            return "Scale '" + scale + "' is not a number: enter " + GenerationRequest.MIN_SCALE + " to "
                    + (long) GenerationRequest.MAX_SCALE + " (1 = 10,000 customers)";
        }
        if (s < GenerationRequest.MIN_SCALE || s > GenerationRequest.MAX_SCALE) {
            return "Scale must be between " + GenerationRequest.MIN_SCALE + " and " + (long) GenerationRequest.MAX_SCALE
                    + ", not " + scale.trim();
        }
        if (parseWhole(seed) == null) {
            return "Seed '" + seed + "' is not a whole number";
        }
        return "";
    }
}
