package io.sparkworkbench.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark look: AtlantaFX's Primer themes plus the workbench's own stylesheet. */
public enum Theme {
    LIGHT, DARK;

    static final String SETTINGS_KEY = "ui.theme";
    private static final String STYLESHEET = "/css/workbench.css";

    public boolean isDark() {
        return this == DARK;
    }

    public static Theme parse(String text) {
        return "dark".equalsIgnoreCase(text) ? DARK : LIGHT;
    }

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(isDark()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String own = Theme.class.getResource(STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(own)) {
            scene.getStylesheets().add(own);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(isDark() ? "theme-dark" : "theme-light");
    }
}
