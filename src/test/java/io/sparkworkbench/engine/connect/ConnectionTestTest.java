package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Test connection against each thing it can meet on loopback: every outcome gets its own sentence, fast. */
class ConnectionTestTest {

    private final FakeMasters fakes = new FakeMasters();
    private final ConnectionTest test = new ConnectionTest("4.1.0");

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        fakes.close();
    }

    private ConnectionTest.Verdict timed(String url, SharedSecret secret) {
        long t0 = System.nanoTime();
        ConnectionTest.Verdict verdict = test.run(url, secret);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        // Not a timing assertion on the code under test's speed: the 5 s promise is the behaviour itself.
        assertThat(millis).as("answered within the dialog's promise: " + verdict).isLessThan(ConnectionTest.DEADLINE.toMillis() + 1000);
        return verdict;
    }

    @Test
    void aClosedPortSaysNothingListens() throws Exception {
        int port = FakeMasters.closedPort();
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).isEqualTo(ConnectionTest.Outcome.NOTHING_LISTENING);
        assertThat(verdict.message()).contains("Nothing listens on port " + port + " of 127.0.0.1");
    }

    @Test
    void anUnknownHostIsNamed() {
        ConnectionTest.Verdict verdict = timed("spark://no-such-host.invalid:7077", SharedSecret.none());
        assertThat(verdict.outcome()).isEqualTo(ConnectionTest.Outcome.UNKNOWN_HOST);
        assertThat(verdict.message()).startsWith("Unknown host 'no-such-host.invalid'");
    }

    @Test
    void aSocketThatSaysNothingIsNotAMaster() throws Exception {
        int port = fakes.silentSocket();
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).isEqualTo(ConnectionTest.Outcome.NOT_A_MASTER);
        assertThat(verdict.message()).contains("spark://127.0.0.1:" + port).contains("did not answer as a Spark master");
    }

    @Test
    void aWrongSecretIsRefusedAndTheSecretIsNotQuoted() {
        int port = fakes.rpcMaster("the-cluster-secret", FakeMasters.masterWith(0, 2));
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.of("my-wrong-secret"));
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.AUTH_REFUSED);
        assertThat(verdict.message()).contains("refused the shared secret").doesNotContain("my-wrong-secret")
                .doesNotContain("the-cluster-secret");
    }

    @Test
    void aMissingSecretIsRefused() {
        int port = fakes.rpcMaster("the-cluster-secret", FakeMasters.masterWith(0, 2));
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.AUTH_REFUSED);
        assertThat(verdict.message()).contains("requires authentication");
    }

    @Test
    void aSecretForAMasterWithoutAuthenticationIsNamed() {
        int port = fakes.rpcMaster(null, FakeMasters.masterWith(0, 2));
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.of("not-needed"));
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.AUTH_REFUSED);
        assertThat(verdict.message()).contains("without spark.authenticate").doesNotContain("not-needed");
    }

    @Test
    void theRightSecretGetsTheMastersState() {
        int port = fakes.rpcMaster("the-cluster-secret", FakeMasters.masterWith(0, 2, 2));
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.of("the-cluster-secret"));
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
        assertThat(verdict.message()).contains("2 workers, 4 cores").contains("version not shown");
    }

    @Test
    void successNamesTheMastersVersionWorkersAndCores() throws Exception {
        int ui = fakes.webUiOfVersion("4.1.0");
        int port = fakes.rpcMaster(null, FakeMasters.masterWith(ui, 2, 2));
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
        assertThat(verdict.message()).isEqualTo("Spark 4.1.0 master at spark://127.0.0.1:" + port + ": 2 workers, 4 cores.");
    }

    @Test
    void aMasterWhosePageNamesAnotherVersionIsAMismatch() throws Exception {
        int ui = fakes.webUiOfVersion("3.5.1");
        int port = fakes.rpcMaster(null, FakeMasters.masterWith(ui, 2));
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).isEqualTo(ConnectionTest.Outcome.VERSION_MISMATCH);
        assertThat(verdict.message()).contains("runs Spark 3.5.1; this app runs Spark 4.1.0");
    }

    @Test
    void aMasterWhoseAnswerThisSparkCannotReadIsAMismatch() throws Exception {
        Object foreign = otherVersionOfTheStateClass();
        int port = fakes.rpcMaster(null, message -> foreign);
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.VERSION_MISMATCH);
        assertThat(verdict.message()).contains("speaks another Spark version");
    }

    @Test
    void aWebServerOnTheMastersPortIsNotAMaster() throws Exception {
        int port = fakes.webUiOfVersion("4.1.0");
        ConnectionTest.Verdict verdict = timed("spark://127.0.0.1:" + port, SharedSecret.none());
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.NOT_A_MASTER);
        assertThat(verdict.message()).contains("web UI");
    }

    @Test
    void localAndOtherMastersAreNotTested() {
        assertThat(test.run("local[*]", SharedSecret.none()).outcome()).isEqualTo(ConnectionTest.Outcome.NOT_STANDALONE);
        assertThat(test.run("yarn", SharedSecret.none()).outcome()).isEqualTo(ConnectionTest.Outcome.NOT_STANDALONE);
        assertThat(test.run("spark://host", SharedSecret.none()).message()).contains("'host'").contains("not host:port");
    }

    /** {@link OtherVersionState} as another build has it: same name, other serialVersionUID. */
    private Object otherVersionOfTheStateClass() throws Exception {
        Path src = dir.resolve("src/io/sparkworkbench/engine/connect/OtherVersionState.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package io.sparkworkbench.engine.connect;\n"
                + "public final class OtherVersionState implements java.io.Serializable {\n"
                + "  private static final long serialVersionUID = 35L;\n  public int port = 7077;\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        return loader.loadClass("io.sparkworkbench.engine.connect.OtherVersionState").getConstructor().newInstance();
    }

    @Test
    void sameReleaseIgnoresBuildSuffixesOnly() {
        assertThat(ConnectionTest.sameRelease("4.1.0", "4.1.0")).isTrue();
        assertThat(ConnectionTest.sameRelease("4.1.0-SNAPSHOT", "4.1.0")).isTrue();
        assertThat(ConnectionTest.sameRelease("4.0.1", "4.1.0")).isFalse();
        assertThat(List.of(MasterUiVersion.parse("<span class=\"version\" style=\"margin-right: 15px;\">4.1.0</span>").orElseThrow()))
                .containsExactly("4.1.0");
    }
}
