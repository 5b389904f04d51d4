package io.sparkworkbench.ui.common.chart;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A chart already drawn into an export format, waiting to be written. Drawing reads the live
 * {@code JFreeChart}, which belongs to the UI thread; the result is self-contained, so writing it
 * (the slow, IO-bound part) is safe on any thread.
 */
@FunctionalInterface
public interface RenderedExport {

    /** Writes atomically; on failure no partial file is left and the message names {@code file}. */
    void writeTo(Path file) throws IOException;
}
