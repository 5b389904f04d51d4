package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.files.ExportRequest;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where and how to write a view (the export dialog); tests answer without a dialog. */
@FunctionalInterface
interface SelectionExport {

    Optional<ExportRequest> ask(Window owner, String view);
}
