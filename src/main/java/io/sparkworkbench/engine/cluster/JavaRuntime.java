package io.sparkworkbench.engine.cluster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The java this JVM runs on, for the daemons and (through JAVA_HOME) their executors: the packaged app's
 * own runtime under {@code lib/runtime}, or the JDK that Maven or the user started.
 */
final class JavaRuntime {

    private JavaRuntime() {
    }

    static Path javaExecutable() {
        Path fromCommand = ProcessHandle.current().info().command().map(Path::of).orElse(null);
        if (fromCommand != null && fromCommand.getFileName().toString().startsWith("java") && Files.isExecutable(fromCommand)) {
            return realPath(fromCommand);
        }
        // A jpackage launcher's command is the launcher itself, not java: take java.home's.
        Path home = Path.of(System.getProperty("java.home"));
        for (String name : new String[] {"java", "java.exe"}) {
            Path java = home.resolve("bin").resolve(name);
            if (Files.isExecutable(java)) {
                return realPath(java);
            }
        }
        throw new IllegalStateException("No java executable in " + home.resolve("bin")
                + ": this runtime cannot start the cluster's daemons");
    }

    /** {@code /usr/bin/java} is a chain of links on Debian; JAVA_HOME must be the JDK's folder it ends in. */
    private static Path realPath(Path java) {
        try {
            return java.toRealPath();
        } catch (java.io.IOException e) {
            return java;
        }
    }

    static Path javaHome() {
        Path java = javaExecutable();
        Path bin = java.getParent();
        return bin != null && bin.getParent() != null ? bin.getParent() : Path.of(System.getProperty("java.home"));
    }
}
