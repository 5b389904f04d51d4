package io.sparkworkbench.report;

import java.nio.file.Path;
import java.util.Locale;

/** The report's file formats, chosen by the file's extension. */
public enum ReportFormat {
    HTML(".html"),
    PDF(".pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format of {@code file} by its extension ({@code .html}, {@code .htm} or {@code .pdf}, any case).
     *
     * @throws IllegalArgumentException naming the file when the extension is another
     */
    public static ReportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        throw new IllegalArgumentException("The report file " + file + " must end in .html or .pdf (the extension chooses the format)");
    }
}
