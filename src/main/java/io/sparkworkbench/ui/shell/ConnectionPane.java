package io.sparkworkbench.ui.shell;

import io.sparkworkbench.ui.common.FormGrid;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Settings → Connection: where Spark runs, how executors are sized and reach back, the secret, Test connection. */
final class ConnectionPane {

    private ConnectionPane() {
    }

    static GridPane create(SettingsViewModel settings, int cores) {
        ConnectionViewModel model = settings.connection();
        TextField master = field("settings-master", "local[*]");
        master.textProperty().bindBidirectional(settings.masterProperty());
        Button test = new Button("Test connection");
        test.setId("settings-test-connection");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.testConnection(master.getText()));
        HBox masterRow = new HBox(6, master, test);
        HBox.setHgrow(master, Priority.ALWAYS);

        TextField memory = field("settings-executor-memory", "1g (Spark's default)");
        memory.textProperty().bindBidirectional(model.executorMemoryProperty());
        TextField executorCores = field("settings-executor-cores", "0 = all a worker offers");
        executorCores.textProperty().bindBidirectional(model.executorCoresProperty());
        TextField driver = field("settings-driver-address", "automatic");
        driver.textProperty().bindBidirectional(model.driverAddressProperty());
        TextField checkpoints = field("settings-checkpoint-folder", "<data folder>/checkpoints/rdd");
        checkpoints.textProperty().bindBidirectional(model.checkpointFolderProperty());
        PasswordField secret = new PasswordField();
        secret.setId("settings-secret");
        secret.setPromptText("none (no authentication)");
        secret.textProperty().bindBidirectional(model.secretProperty());

        Label answer = new Label();
        answer.setId("settings-test-result");
        answer.setWrapText(true);
        answer.setMaxWidth(560);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.textProperty().bind(model.testAnswerProperty());
        model.testPassedProperty().addListener((obs, old, ok) -> {
            answer.getStyleClass().removeAll("form-error", "form-ok");
            answer.getStyleClass().add(ok ? "form-ok" : "form-error");
        });
        model.testAnswerProperty().addListener((obs, old, text) -> {
            if (model.testingProperty().get()) {
                answer.getStyleClass().removeAll("form-error", "form-ok");
            }
        });

        GridPane grid = FormGrid.create();
        int row = 0;
        grid.addRow(row++, new Label("Master URL"), masterRow);
        grid.add(hint("local[*] = every core of this computer (" + cores + "), local[4] = four of them, "
                + "spark://host:7077 = a standalone cluster (spark://a:7077,b:7077 with a standby master)."), 1, row++);
        grid.add(answer, 1, row++);
        grid.addRow(row++, new Label("Executor memory"), memory);
        grid.addRow(row++, new Label("Executor cores"), executorCores);
        grid.addRow(row++, new Label("Driver address"), driver);
        grid.add(hint("The address executors call this app back on. Automatic: loopback for local runs and a master "
                + "on this computer, else the address of the network that leads to the master."), 1, row++);
        grid.addRow(row++, new Label("Checkpoint folder"), checkpoints);
        grid.add(hint("Where ALS and graph algorithms cut long lineages. On a cluster it must be storage every "
                + "executor reaches (a shared folder or hdfs://…)."), 1, row++);
        grid.addRow(row++, new Label("Shared secret"), secret);
        grid.add(hint("spark.authenticate: the same secret the master and workers are configured with. Kept in a file "
                + "only you can read, never shown or logged."), 1, row++);
        GridPane.setHgrow(masterRow, Priority.ALWAYS);
        return grid;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-hint");
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
