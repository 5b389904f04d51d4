package io.sparkworkbench.report;

import io.sparkworkbench.chart.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a report in the format its file's extension names and writes it atomically (a temporary file in the same
 * folder, moved into place when complete), so a full disk or a stopped write never leaves half a report.
 * Rendering draws charts: call it off the JavaFX thread.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * @return the absolute path written
     * @throws IllegalArgumentException when the extension is neither .html nor .pdf
     * @throws IOException naming the file when the folder is missing or it cannot be written
     */
    public static Path write(ReportContent content, Path file) throws IOException {
        ReportFormat format = ReportFormat.ofFile(file);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Could not write " + target + ": the folder " + folder + " does not exist");
        }
        byte[] bytes = switch (format) {
            case HTML -> HtmlReport.render(content).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReport.render(content);
        };
        AtomicFiles.write(target, out -> out.write(bytes));
        return target;
    }
}
