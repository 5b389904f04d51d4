package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppJarTest {

    @TempDir
    Path dir;

    @Test
    void thePackagedAppShipsItsOwnJar() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("lib/app")).resolve("spark-workbench-0.1.0.jar");
        AppJar.packFolder(Files.createDirectories(dir.resolve("empty")), jar);

        assertThat(AppJar.resolve(jar.toUri().toURL(), dir.resolve("out"))).isEqualTo(jar);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aClassesFolderIsPackedIntoAJarUnderTheDataFolder() throws Exception {
        Path classes = dir.resolve("target/classes");
        Files.createDirectories(classes.resolve("io/sparkworkbench/engine"));
        Files.write(classes.resolve("io/sparkworkbench/engine/Some.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        Files.writeString(classes.resolve("fairscheduler.xml"), "<allocations/>");

        Path jar = AppJar.resolve(classes.toUri().toURL(), dir.resolve("data/app-jar"));

        assertThat(jar).isRegularFile().hasParent(dir.resolve("data/app-jar"));
        try (JarFile read = new JarFile(jar.toFile())) {
            ZipEntry entry = read.getEntry("io/sparkworkbench/engine/Some.class");
            assertThat(entry).isNotNull();
            assertThat(read.getInputStream(entry).readAllBytes()).containsExactly(0xCA, 0xFE);
            assertThat(read.getEntry("fairscheduler.xml")).isNotNull();
            assertThat(read.getManifest()).isNotNull();
        }
    }

    @Test
    void theTestsRunFromAFolderSoTheirJarIsBuiltAndHoldsTheEngine() throws Exception {
        Path jar = AppJar.forExecutors(dir);
        try (JarFile read = new JarFile(jar.toFile())) {
            assertThat(read.getEntry("io/sparkworkbench/engine/connect/AppJar.class")).isNotNull();
        }
        assertThat(AppJar.forExecutors(dir.resolve("elsewhere"))).as("built once per run").isEqualTo(jar);
    }
}
