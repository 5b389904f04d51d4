package io.sparkworkbench.app.bench;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Benchmark peers (DuckDB now) never ship inside the app: they sit in a bench-lib folder beside it and
 * are loaded here on demand. Looked up in -Dworkbench.benchlib, then beside the app-image.
 */
public final class BenchLib {

    private BenchLib() {
    }

    public static Optional<Path> folder() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("workbench.benchlib");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        String appPath = System.getProperty("jpackage.app-path");
        if (appPath != null) {
            // <dist>/spark-workbench/bin/spark-workbench -> <dist>/bench-lib
            Path launcher = Path.of(appPath).toAbsolutePath();
            candidates.add(launcher.getParent().getParent().getParent().resolve("bench-lib"));
        }
        candidates.add(Path.of("target", "bench-lib"));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** A connection to an in-memory DuckDB, or a message saying why there is none. */
    public static Connection duckDb() throws SQLException {
        Path folder = folder().orElseThrow(() -> new SQLException(
                "DuckDB is not installed: no bench-lib folder (set -Dworkbench.benchlib=DIR or build with ./mvnw -Pdist package)"));
        try (Stream<Path> jars = Files.list(folder)) {
            URL[] urls = jars.filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc")).map(BenchLib::url).toArray(URL[]::new);
            if (urls.length == 0) {
                throw new SQLException("DuckDB is not installed: no duckdb_jdbc jar in " + folder);
            }
            ClassLoader loader = new URLClassLoader(urls, BenchLib.class.getClassLoader());
            Driver driver = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, loader).getDeclaredConstructor().newInstance();
            return driver.connect("jdbc:duckdb:", new Properties());
        } catch (IOException | ReflectiveOperationException e) {
            throw new SQLException("Could not load DuckDB from " + folder + ": " + e.getMessage(), e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** DuckDB, or null after a note saying why the peer is missing: the workbench's own figures stand on their own. */
    static Connection duckDbOrNote(Figures figures) {
        try {
            return duckDb();
        } catch (SQLException e) {
            figures.note("DuckDB peer skipped: " + e.getMessage());
            return null;
        }
    }
}
