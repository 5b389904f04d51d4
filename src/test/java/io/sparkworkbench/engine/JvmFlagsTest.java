package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmFlagsTest {

    @Test
    void theModuleFlagsOfThisJvmAreKeptAndNothingElse() {
        // The test JVM gets the pom's list through surefire's argLine, with -Xmx and -D options around it.
        assertThat(JvmFlags.moduleFlags()).contains("--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions")
                .noneMatch(f -> f.startsWith("-Xmx") || f.startsWith("-Dworkbench"));
        assertThat(JvmFlags.isModuleFlag("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED")).isTrue();
        assertThat(JvmFlags.isModuleFlag("-Dspark.authenticate.secret=x")).isFalse();
    }
}
