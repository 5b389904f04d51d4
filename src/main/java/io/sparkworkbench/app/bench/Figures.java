package io.sparkworkbench.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints benchmark figures as {@code name value unit}, one per line, flushed at once, and keeps them so
 * {@code bench --json FILE} can write them machine-readably with the machine they were measured on.
 */
public final class Figures {

    private final PrintWriter out;
    private final List<Figure> printed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** One printed figure. */
    public record Figure(String name, double value, String unit) {
    }

    public Figures(PrintWriter out) {
        this.out = out;
    }

    public synchronized void print(String name, double value, String unit) {
        out.println(name + " " + format(value) + " " + unit);
        out.flush();
        printed.add(new Figure(name, value, unit));
    }

    public synchronized void note(String message) {
        out.println("# " + message);
        out.flush();
        notes.add(message);
    }

    public synchronized List<Figure> printed() {
        return List.copyOf(printed);
    }

    /** Writes every figure so far as JSON (written beside and moved into place, so never half a file). */
    public synchronized void writeJson(Path file) throws IOException {
        Runtime rt = Runtime.getRuntime();
        StringBuilder b = new StringBuilder("{\n  \"machine\": {");
        b.append("\"cores\": ").append(rt.availableProcessors())
                .append(", \"heap_max_mb\": ").append(rt.maxMemory() / (1024 * 1024))
                .append(", \"java\": ").append(quote(System.getProperty("java.version")))
                .append(", \"os\": ").append(quote(System.getProperty("os.name") + " " + System.getProperty("os.arch")))
                .append("},\n  \"figures\": [");
        for (int i = 0; i < printed.size(); i++) {
            Figure f = printed.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(f.name()))
                    .append(", \"value\": ").append(Double.isFinite(f.value()) ? format(f.value()) : "null")
                    .append(", \"unit\": ").append(quote(f.unit())).append('}');
        }
        b.append("\n  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(notes.get(i)));
        }
        b.append("]\n}\n");
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".bench", ".json");
        Files.writeString(temp, b, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
