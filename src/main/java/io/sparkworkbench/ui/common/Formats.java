package io.sparkworkbench.ui.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, sizes, durations and cell values read in the UI. */
public final class Formats {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "1 order", "2,500 orders": the count and the noun, plural with an s unless there is exactly one. */
    public static String count(long value, String noun) {
        return count(value) + " " + noun + (value == 1 ? "" : "s");
    }

    public static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.US, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    public static String seconds(double seconds) {
        return String.format(Locale.US, "%.2f s", seconds);
    }

    /** 0.4 s, 12 s, 3 min 05 s */
    public static String elapsed(long millis) {
        if (millis < 10_000) {
            return String.format(Locale.US, "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        return s < 60 ? s + " s" : String.format(Locale.US, "%d min %02d s", s / 60, s % 60);
    }

    public static String perSecond(double rate) {
        return rate <= 0 ? "" : String.format(Locale.US, "%,.0f/s", rate);
    }

    /** A grid cell's text; null is shown by the grid itself, distinct from an empty string. */
    public static String cell(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant);
        }
        return String.valueOf(value);
    }
}
