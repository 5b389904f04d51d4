package io.sparkworkbench.engine.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses import options from the first 64 KB of a file, without Spark: the format (extension, else
 * magic bytes), the encoding (a BOM, else UTF-8 unless those bytes are not valid UTF-8), the CSV
 * delimiter (the candidate that splits the first lines into the same number of fields), whether the
 * first line is a header, and whether JSON is one document over several lines.
 */
final class OptionSniffer {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final int LINES = 20;
    private static final String[] DELIMITERS = {",", "\t", ";", "|"};
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    private OptionSniffer() {
    }

    static ImportOptions suggest(Path path) {
        ImportSource source = ImportSource.inspect(path);
        SourceFormat format = source.detectFormat().orElse(SourceFormat.CSV);
        ImportOptions options = ImportOptions.defaults(format);
        if (!format.isText()) {
            return options;
        }
        FileHead head = FileHead.read(source.sampleFile(), HEAD_BYTES);
        if (!head.looksLikeText() && encodingFromBom(head.bytes()) == null) {
            return options;
        }
        String encoding = encoding(head.bytes());
        String text = new String(head.bytes(), java.nio.charset.Charset.forName(encoding)).replace("\uFEFF", "");
        List<String> lines = firstLines(text, head.bytes().length == HEAD_BYTES);
        options = options.withEncoding(encoding);
        if (format == SourceFormat.JSON) {
            return options.withMultiLine(isJsonDocument(lines));
        }
        String delimiter = delimiter(lines, source.sampleFile());
        return options.withDelimiter(delimiter).withHeader(hasHeader(lines, delimiter.charAt(0)));
    }

    static String encoding(byte[] bytes) {
        String bom = encodingFromBom(bytes);
        if (bom != null) {
            return bom;
        }
        boolean whole = bytes.length < HEAD_BYTES;
        return TextSample.firstInvalidByte(bytes, bytes.length, whole, StandardCharsets.UTF_8).isPresent() ? "ISO-8859-1" : "UTF-8";
    }

    private static String encodingFromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return "UTF-8";
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return "UTF-16LE";
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return "UTF-16BE";
        }
        return null;
    }

    private static List<String> firstLines(String text, boolean truncated) {
        String[] split = text.split("\r?\n", -1);
        int usable = truncated ? split.length - 1 : split.length;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < usable && lines.size() < LINES; i++) {
            if (!split[i].isBlank()) {
                lines.add(split[i]);
            }
        }
        return lines;
    }

    /** JSON Lines has one complete object per line; a document starts with [ or spreads an object over lines. */
    private static boolean isJsonDocument(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0).strip();
        return first.startsWith("[") || !(first.startsWith("{") && first.endsWith("}"));
    }

    /** The candidate giving the same field count (above 1) on the most lines; ties go to the larger count. */
    static String delimiter(List<String> lines, Path file) {
        String best = file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(tsv|tab)(\\.gz)?") ? "\t" : ",";
        int bestLines = 0;
        int bestFields = 1;
        for (String candidate : DELIMITERS) {
            int[] counts = lines.stream().mapToInt(l -> split(l, candidate.charAt(0)).size()).toArray();
            if (counts.length == 0) {
                continue;
            }
            int fields = counts[0];
            int agreeing = (int) java.util.Arrays.stream(counts).filter(c -> c == fields).count();
            if (fields > 1 && (agreeing > bestLines || (agreeing == bestLines && fields > bestFields))) {
                best = candidate;
                bestLines = agreeing;
                bestFields = fields;
            }
        }
        return best;
    }

    /**
     * A header has no numbers, and a column whose values are numbers but whose first value is not says
     * so clearly; without numbers anywhere, distinct non-empty names are taken as a header.
     */
    static boolean hasHeader(List<String> lines, char delimiter) {
        if (lines.isEmpty()) {
            return true;
        }
        List<String> first = split(lines.get(0), delimiter);
        if (first.stream().anyMatch(f -> NUMBER.matcher(f.strip()).matches())) {
            return false;
        }
        for (int column = 0; column < first.size(); column++) {
            boolean numbers = lines.size() > 1;
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = split(line, delimiter);
                if (column >= fields.size() || !NUMBER.matcher(fields.get(column).strip()).matches()) {
                    numbers = false;
                    break;
                }
            }
            if (numbers) {
                return true;
            }
        }
        return first.stream().noneMatch(String::isBlank) && first.stream().distinct().count() == first.size();
    }

    /** Fields of one line, with "quoted" values (and "" inside them) kept whole. */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
