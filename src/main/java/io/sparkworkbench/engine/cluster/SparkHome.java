package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.connect.AppJar;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A SPARK_HOME made from the running app's own class path, so the daemons and the executors they launch
 * run exactly the Spark (and the app classes, for lambdas and UDFs) this JVM runs: {@code jars/} holds
 * links to every jar, and a jar of every class folder ({@code target/classes} when run from Maven);
 * {@code conf/} holds the daemons' logging setup. Rebuilt at every start, so it never holds stale classes.
 */
final class SparkHome {

    private SparkHome() {
    }

    /** Builds {@code home} afresh from {@code classPath}; returns the number of entries in {@code jars/}. */
    static int prepare(Path home, List<Path> classPath) {
        try {
            FileTrees.deleteQuietly(home);
            Path jars = Files.createDirectories(home.resolve("jars"));
            Path conf = Files.createDirectories(home.resolve("conf"));
            writeLogConfig(conf.resolve("log4j2.properties"));
            Set<String> names = new LinkedHashSet<>();
            for (Path entry : classPath) {
                if (Files.isDirectory(entry)) {
                    AppJar.packFolder(entry, jars.resolve(unique(names, "app-" + folderName(entry) + ".jar")));
                } else if (Files.isRegularFile(entry)) {
                    link(entry, jars.resolve(unique(names, entry.getFileName().toString())));
                }
            }
            return names.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the cluster's SPARK_HOME at " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * This JVM's class path, with the {@code Class-Path} of any jar's manifest followed (Maven's test
     * runners and {@code java -jar} put the real class path there), each entry once.
     */
    static List<Path> currentClassPath() {
        Set<Path> seen = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addWithManifest(Path.of(entry).toAbsolutePath().normalize(), seen);
            }
        }
        return new ArrayList<>(seen);
    }

    private static void addWithManifest(Path entry, Set<Path> seen) {
        if (!seen.add(entry) || !Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return;
            }
            URI base = entry.getParent().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                if (!item.isEmpty()) {
                    addWithManifest(Path.of(base.resolve(item)).toAbsolutePath().normalize(), seen);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable jar, or a Class-Path item that is no file URI: the entry itself still counts.
        }
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }

    private static String folderName(Path folder) {
        Path parent = folder.getParent();
        String name = (parent == null ? "" : parent.getFileName() + "-") + folder.getFileName();
        return name.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
    }

    /** A symbolic link where the file system allows one (no copy of ~300 MB), else a copy. */
    private static void link(Path jar, Path target) throws IOException {
        try {
            Files.createSymbolicLink(target, jar);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(jar, target);
        }
    }

    /**
     * The daemons write to their standard output, which the start sends to their log file; executors find
     * the same file first on their class path (Spark puts {@code conf/} before {@code jars/}), so the app's
     * own logging setup, which writes the window's log file, is never used by another process.
     */
    private static void writeLogConfig(Path file) throws IOException {
        Files.writeString(file, String.join("\n",
                "# Written by Spark Workbench for its local cluster's daemons and executors.",
                "status = error",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.target = SYSTEM_OUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss.SSS} %-5p %c{1}: %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.console.ref = console",
                "logger.hadoop.name = org.apache.hadoop",
                "logger.hadoop.level = warn",
                "logger.jetty.name = org.sparkproject.jetty",
                "logger.jetty.level = warn",
                "logger.parquet.name = org.apache.parquet",
                "logger.parquet.level = warn",
                ""), StandardCharsets.UTF_8);
    }
}
