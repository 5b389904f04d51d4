package io.sparkworkbench.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Breaks an axis label into lines between words only, never inside one: JFreeChart's own wrapping cut
 * "Champions" into "Champio" / "ns" when the word was wider than its slot. A word (or the last line) that still
 * does not fit is shortened with "…"; the chart shows the full label in its tooltip and table.
 */
public final class LabelLines {

    /** Parts of a label such as "Champions · churn 19 %"; each starts a line of its own when the label must wrap. */
    public static final String PART_SEPARATOR = " · ";
    public static final String ELLIPSIS = "…";

    private LabelLines() {
    }

    /**
     * @param width the drawn width of a string, in the same unit as {@code maxWidth}
     * @return at most {@code maxLines} lines, each no wider than {@code maxWidth} (or one character and "…" when even
     *     that is wider)
     */
    public static List<String> wrap(String label, double maxWidth, int maxLines, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(label) <= maxWidth) {
            return List.of(label);
        }
        List<String> lines = new ArrayList<>();
        for (String part : label.split(Pattern.quote(PART_SEPARATOR))) {
            lines.addAll(wrapWords(part, maxWidth, width));
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, shorten(kept.get(maxLines - 1) + ELLIPSIS, maxWidth, width));
            lines = kept;
        }
        lines.replaceAll(line -> width.applyAsDouble(line) <= maxWidth ? line : shorten(line, maxWidth, width));
        return lines;
    }

    private static List<String> wrapWords(String part, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : words(part)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width.applyAsDouble(candidate) <= maxWidth) {
                line = candidate;
            } else {
                lines.add(line);
                line = word;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The words of {@code part}, a lone symbol such as the "%" of "19 %" kept with the word before it. */
    private static List<String> words(String part) {
        List<String> words = new ArrayList<>();
        for (String token : part.trim().split("\\s+")) {
            boolean symbolOnly = token.codePoints().noneMatch(Character::isLetterOrDigit);
            if (symbolOnly && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + token);
            } else if (!token.isEmpty()) {
                words.add(token);
            }
        }
        return words;
    }

    /** Drops characters before the "…" (and any space left before it) until the line fits, keeping one at least. */
    private static String shorten(String line, double maxWidth, ToDoubleFunction<String> width) {
        String text = line.endsWith(ELLIPSIS) ? line.substring(0, line.length() - ELLIPSIS.length()) : line;
        while (text.length() > 1 && width.applyAsDouble(text.strip() + ELLIPSIS) > maxWidth) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip() + ELLIPSIS;
    }
}
