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
 * Benchmark peers (DuckDB, Smile) never ship inside the app: they sit in a bench-lib folder beside it and
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

    /**
     * Smile's K-Means, or a message saying why there is none. The peer class ({@link SmileKMeans}) is in the app's
     * own jar but is defined by a loader over bench-lib and that jar, looking there first, so its references to
     * Smile resolve in bench-lib; {@link KMeansPeer} itself still comes from the app, so the cast holds.
     */
    public static KMeansPeer kMeansPeer() throws ClassNotFoundException {
        return kMeansPeer(folder().orElseThrow(() -> new ClassNotFoundException(
                "Smile is not installed: no bench-lib folder (set -Dworkbench.benchlib=DIR or build with ./mvnw -Pdist package)")));
    }

    static KMeansPeer kMeansPeer(Path folder) throws ClassNotFoundException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            jars.filter(p -> p.getFileName().toString().matches("smile-(core|base)-.*\\.jar")).sorted().map(BenchLib::url).forEach(urls::add);
        } catch (IOException e) {
            throw new ClassNotFoundException("Could not list " + folder + ": " + e.getMessage(), e);
        }
        if (urls.size() < 2) {
            throw new ClassNotFoundException("Smile is not installed: smile-core and smile-base jars are missing from " + folder);
        }
        urls.add(BenchLib.class.getProtectionDomain().getCodeSource().getLocation());
        ClassLoader loader = new PeerFirstLoader(urls.toArray(URL[]::new), BenchLib.class.getClassLoader(), SmileKMeans.class.getName());
        try {
            return (KMeansPeer) Class.forName(SmileKMeans.class.getName(), true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ClassNotFoundException("Could not load Smile from " + folder + ": " + e, e);
        }
    }

    /** JGraphT's PageRank, loaded like Smile's K-Means (see {@link #kMeansPeer(Path)}), or a message saying why there is none. */
    public static PageRankPeer pageRankPeer() throws ClassNotFoundException {
        Path folder = folder().orElseThrow(() -> new ClassNotFoundException(
                "JGraphT is not installed: no bench-lib folder (set -Dworkbench.benchlib=DIR or build with ./mvnw -Pdist package)"));
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            jars.filter(p -> p.getFileName().toString().matches("(jgrapht-core|jheaps)-.*\\.jar")).sorted().map(BenchLib::url).forEach(urls::add);
        } catch (IOException e) {
            throw new ClassNotFoundException("Could not list " + folder + ": " + e.getMessage(), e);
        }
        if (urls.stream().noneMatch(u -> u.getPath().contains("jgrapht-core"))) {
            throw new ClassNotFoundException("JGraphT is not installed: no jgrapht-core jar in " + folder);
        }
        urls.add(BenchLib.class.getProtectionDomain().getCodeSource().getLocation());
        ClassLoader loader = new PeerFirstLoader(urls.toArray(URL[]::new), BenchLib.class.getClassLoader(), JGraphtPageRank.class.getName());
        try {
            return (PageRankPeer) Class.forName(JGraphtPageRank.class.getName(), true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ClassNotFoundException("Could not load JGraphT from " + folder + ": " + e, e);
        }
    }

    /** Smile's K-Means, or null after a note saying why the peer is missing. */
    static KMeansPeer kMeansPeerOrNote(Figures figures) {
        try {
            return kMeansPeer();
        } catch (ClassNotFoundException e) {
            figures.note("Smile peer skipped: " + e.getMessage());
            return null;
        }
    }

    /** Defines the one peer class itself instead of asking its parent, which would define it without Smile in reach. */
    private static final class PeerFirstLoader extends URLClassLoader {

        private final String peerClass;

        PeerFirstLoader(URL[] urls, ClassLoader parent, String peerClass) {
            super(urls, parent);
            this.peerClass = peerClass;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(peerClass)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> found = findLoadedClass(name);
                if (found == null) {
                    found = findClass(name);
                }
                if (resolve) {
                    resolveClass(found);
                }
                return found;
            }
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
