package io.sparkworkbench.engine;

import java.nio.file.Path;

/**
 * Where the workbench keeps its files. {@code -Dworkbench.home=DIR} moves everything (tests use it);
 * otherwise config follows XDG ({@code ~/.config/spark-workbench}) and data lives in
 * {@code ~/.local/share/spark-workbench}.
 */
public record WorkbenchPaths(Path configFolder, Path dataFolder, Path logFolder) {

    public static WorkbenchPaths fromEnvironment() {
        String home = System.getProperty("workbench.home");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath();
            return new WorkbenchPaths(root.resolve("config"), root.resolve("data"), root.resolve("logs"));
        }
        Path user = Path.of(System.getProperty("user.home"));
        Path config = envPath("XDG_CONFIG_HOME", user.resolve(".config")).resolve("spark-workbench");
        Path data = envPath("XDG_DATA_HOME", user.resolve(".local/share")).resolve("spark-workbench");
        return new WorkbenchPaths(config, data, data.resolve("logs"));
    }

    private static Path envPath(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
