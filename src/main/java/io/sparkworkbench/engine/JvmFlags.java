package io.sparkworkbench.engine;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The module flags Spark needs on Java 17+, as this JVM was started with them (the pom's one list reaches
 * us through the launcher, the tests' argLine or jpackage). Executors and the local cluster's daemons are
 * started with the same ones, so there is no second copy of the list to drift.
 */
public final class JvmFlags {

    private JvmFlags() {
    }

    /** The flags of this JVM's command line that Spark's JVMs need, in their original order. */
    public static List<String> moduleFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(JvmFlags::isModuleFlag)
                .toList();
    }

    /** {@link #moduleFlags()} as one space-separated string (no flag contains a space). */
    public static String moduleFlagsLine() {
        return String.join(" ", moduleFlags());
    }

    static boolean isModuleFlag(String argument) {
        return argument.startsWith("--add-opens") || argument.startsWith("--add-modules")
                || argument.startsWith("--add-exports") || argument.startsWith("-Djdk.reflect")
                || argument.startsWith("-Dio.netty") || argument.startsWith("--enable-native-access")
                || argument.equals("-XX:+IgnoreUnrecognizedVMOptions");
    }
}
