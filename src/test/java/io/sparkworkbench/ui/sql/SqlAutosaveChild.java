package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * The SQL tab alone in a JVM of its own, for {@link SqlKillRestoreTest}: "type TEXT" types into the
 * editor and then waits to be killed; "print" restores the workspace and prints the editor's text.
 * No Spark session is started: typing and autosaving need none.
 */
public final class SqlAutosaveChild {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String mode = args[1];
        CountDownLatch shown = new CountDownLatch(1);
        CodeArea[] area = new CodeArea[1];
        SparkEngine idle = new SparkEngine();
        Platform.startup(() -> {
            SqlViewModel model = new SqlViewModel(new QueryService(idle), new io.sparkworkbench.engine.sql.CatalogService(idle), new io.sparkworkbench.engine.files.DataExports(idle)::export, new DirectTaskRunner(), () -> 10);
            SqlTab tab = new SqlTab(model, new SqlWorkspace(folder));
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 900, 600));
            stage.show();
            area[0] = (CodeArea) stage.getScene().getRoot().lookup(".sql-editor");
            shown.countDown();
        });
        shown.await();
        if (mode.equals("type")) {
            String text = args[2];
            for (char c : text.toCharArray()) {
                Platform.runLater(() -> area[0].insertText(area[0].getCaretPosition(), String.valueOf(c)));
                Thread.sleep(5);
            }
            Platform.runLater(() -> System.out.println("TYPED"));
            Thread.sleep(Long.MAX_VALUE);
        } else {
            Platform.runLater(() -> {
                System.out.println("TEXT<<" + area[0].getText() + ">>");
                System.out.flush();
                Platform.exit();
            });
        }
    }
}
