package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkHomeTest {

    @TempDir
    Path dir;

    @Test
    void classFoldersAreJarredAndJarsLinked() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes/io/example"));
        Files.writeString(classes.resolve("Udf.class"), "bytes");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path jar = emptyJar(lib.resolve("spark-core.jar"), null);
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("jars/stale.jar"), "from an earlier build");

        int entries = SparkHome.prepare(home, List.of(dir.resolve("target/classes"), jar, dir.resolve("missing.jar")));

        assertThat(entries).isEqualTo(2);
        try (var listed = Files.list(home.resolve("jars"))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("app-target-classes.jar", "spark-core.jar");
        }
        try (JarFile app = new JarFile(home.resolve("jars/app-target-classes.jar").toFile())) {
            assertThat(app.getEntry("io/example/Udf.class")).isNotNull();
        }
        assertThat(Files.isSameFile(home.resolve("jars/spark-core.jar"), jar)).isTrue();
        assertThat(home.resolve("conf/log4j2.properties")).content().contains("SYSTEM_OUT");
    }

    @Test
    void aManifestClassPathIsFollowed() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path real = emptyJar(lib.resolve("real.jar"), null);
        Path booter = emptyJar(dir.resolve("booter.jar"), "lib/real.jar " + lib.resolve("other.jar").toUri());
        String before = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", booter.toString());
            assertThat(SparkHome.currentClassPath()).containsExactly(booter, real, lib.resolve("other.jar"));
        } finally {
            System.setProperty("java.class.path", before);
        }
    }

    private static Path emptyJar(Path file, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
