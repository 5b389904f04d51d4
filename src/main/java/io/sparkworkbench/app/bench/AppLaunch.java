package io.sparkworkbench.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start this app again as a whole process: its own launcher when it runs packaged (jpackage sets
 * {@code jpackage.app-path}), else the same java, JVM flags and classpath as this JVM. The plain-JVM peer of
 * {@code bench startup} runs on the same java, flags (less the app's CDS archive) and classpath, so the two differ only in
 * what they do and in that archive.
 */
record AppLaunch(List<String> app, List<String> plainJava) {

    static AppLaunch current() {
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(plainJavaOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        java.add("-cp");
        java.add(System.getProperty("java.class.path"));
        String launcher = System.getProperty("jpackage.app-path");
        List<String> app = new ArrayList<>();
        if (launcher != null && !launcher.isBlank()) {
            app.add(userFacing(Path.of(launcher)).toString());
        } else {
            app.addAll(java);
            app.add(io.sparkworkbench.app.Main.class.getName());
        }
        return new AppLaunch(List.copyOf(app), List.copyOf(java));
    }

    /**
     * What a user starts: on Linux jpackage's native launcher is {@code bin/spark-workbench-launcher} behind the
     * wrapper {@code bin/spark-workbench} (ADR 0052), and the JVM knows only the native one.
     */
    static Path userFacing(Path launcher) {
        String name = launcher.getFileName().toString();
        if (name.endsWith(WRAPPED_SUFFIX)) {
            Path wrapper = launcher.resolveSibling(name.substring(0, name.length() - WRAPPED_SUFFIX.length()));
            if (java.nio.file.Files.isExecutable(wrapper)) {
                return wrapper;
            }
        }
        return launcher;
    }

    static final String WRAPPED_SUFFIX = "-launcher";

    /**
     * This JVM's options for the plain-JVM peer: without a debugger or agent of this run (not the app's), a home
     * folder (it would override the child's own), or the app's class-data-sharing archive (ADR 0048): the peer is
     * stock Spark, and the archive is one of the app's own ways to start faster.
     */
    static List<String> plainJavaOptions(List<String> inputArguments) {
        List<String> options = new ArrayList<>();
        for (String arg : inputArguments) {
            if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-Dworkbench.home=")
                    && !arg.startsWith("-XX:SharedArchiveFile=") && !arg.startsWith("-Xshare:")) {
                options.add(arg);
            }
        }
        return options;
    }

    boolean packaged() {
        return !app.get(0).equals(plainJava.get(0));
    }

    List<String> app(String... args) {
        List<String> command = new ArrayList<>(app);
        command.addAll(List.of(args));
        return command;
    }

    List<String> plainJava(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(plainJava);
        command.addAll(command.size() - 2, jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
