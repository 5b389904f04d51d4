package io.sparkworkbench.ui.common.chart;

/** What a chart can be saved as. */
public enum ExportFormat {
    PNG("PNG image", "png"),
    SVG("SVG vector image", "svg"),
    PDF("PDF document", "pdf"),
    CSV("CSV data (comma-separated)", "csv");

    private final String description;
    private final String extension;

    ExportFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    /** Without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** The name with this format's extension, added only if missing. */
    public String withExtension(String fileName) {
        String suffix = "." + extension;
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) ? fileName : fileName + suffix;
    }
}
