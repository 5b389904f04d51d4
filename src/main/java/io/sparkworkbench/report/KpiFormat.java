package io.sparkworkbench.report;

import io.sparkworkbench.engine.dashboard.Kpi;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/** How a KPI reads on its card: $1,234,567, 1,234 or 12.3 %; a figure with nothing behind it is "—". */
public final class KpiFormat {

    private KpiFormat() {
    }

    public static String value(Kpi kpi, double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return switch (kpi.unit()) {
            case MONEY -> value < 1_000 ? format("$#,##0.00", value) : format("$#,##0", value);
            case COUNT -> format("#,##0", value);
            case SHARE -> format("0.0", value * 100) + " %";
        };
    }

    /** "▲ 12.3 % vs previous" / "▼ 4.0 % vs previous"; shares change in points, which is what a reader compares. */
    public static String change(Kpi kpi, double current, double previous, OptionalDouble relative) {
        if (kpi.unit() == Kpi.Unit.SHARE) {
            if (Double.isNaN(current) || Double.isNaN(previous)) {
                return "no previous period to compare";
            }
            double points = (current - previous) * 100;
            return arrow(points) + " " + format("0.0", Math.abs(points)) + " pts vs previous (" + value(kpi, previous) + ")";
        }
        if (relative.isEmpty()) {
            return "no previous period to compare";
        }
        double pct = relative.getAsDouble() * 100;
        return arrow(pct) + " " + format("0.0", Math.abs(pct)) + " % vs previous (" + value(kpi, previous) + ")";
    }

    private static String arrow(double delta) {
        return delta > 0 ? "▲" : delta < 0 ? "▼" : "=";
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }
}
