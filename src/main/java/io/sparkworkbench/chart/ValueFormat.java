package io.sparkworkbench.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How values appear on the value axis and in tooltips. US symbols keep exported charts identical on
 * every machine; the grouping separator is what makes six-digit revenue readable at a glance.
 */
public enum ValueFormat {
    /** 1,234,567 */
    INTEGER("#,##0"),
    /** 1,234.57 */
    DECIMAL("#,##0.00"),
    /** $1,234,567 */
    CURRENCY("$#,##0");

    private final String pattern;

    ValueFormat(String pattern) {
        this.pattern = pattern;
    }

    /** A fresh instance each call: {@link NumberFormat} is not thread-safe. */
    public NumberFormat newFormat() {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }
}
