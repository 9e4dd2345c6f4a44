package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJvmTest {
    private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");
    private static final String[] INDEX = {"index", "linux", "--out", "i.json"};

    private static Optional<List<String>> child(String[] args, List<String> own, Map<String, String> env,
                                                String jit) {
        return BatchJvm.childCommand(args, JAVA, Optional.of(own), env, jit).map(c -> c.command(List.of()));
    }

    private static List<String> started(String... jvmOptions) {
        List<String> own = new java.util.ArrayList<>(List.of(jvmOptions));
        own.addAll(List.of("-jar", "atlas.jar"));
        own.addAll(List.of(INDEX));
        return own;
    }

    @Test
    void aBatchCommandRunsInAChildWithC1AndTheSerialCollector() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started(), Map.of(), null));
    }

    @Test
    void theUsersOptionsComeAfterOursSoTheyWin() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx300m",
                        "-Dx=1", "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out",
                        "i.json")),
                child(INDEX, started("-Xmx300m", "-Dx=1"), Map.of(), null));
    }

    @Test
    void aCollectorOrCompilerChosenByTheUserReplacesOurs() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started("-XX:+UseG1GC"), Map.of(), null));
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started("-XX:TieredStopAtLevel=4"), Map.of(), null));
        // options the java launcher or the JVM read from the environment count too
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-Dinterop-atlas.jvm=child",
                        "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started(), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g  -XX:+UseParallelGC"), null));
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:+UseSerialGC", "-Dinterop-atlas.jit=full",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started("-Dinterop-atlas.jit=full"), Map.of(), "full"));
    }

    @Test
    void staysInThisJvmWhenItCannotOrShouldNotStartOne() {
        assertEquals(Optional.empty(), child(new String[] {"open", "linux"},
                List.of("-jar", "atlas.jar", "open", "linux"), Map.of(), null));
        assertEquals(Optional.empty(), child(new String[] {"--version"},
                List.of("-jar", "atlas.jar", "--version"), Map.of(), null));
        assertEquals(Optional.empty(), child(new String[0], List.of("-jar", "atlas.jar"), Map.of(), null));
        // started with a class path (tests, an IDE), or the arguments seen are not the ones given
        assertEquals(Optional.empty(), child(INDEX,
                List.of("-cp", "atlas.jar", "dev.interopatlas.app.Launcher", "index", "linux", "--out", "i.json"),
                Map.of(), null));
        assertEquals(Optional.empty(), child(INDEX, List.of("-jar", "atlas.jar", "index", "other"), Map.of(), null));
        // an argument file could hide any option; and the user's opt-out
        assertEquals(Optional.empty(), child(INDEX, started("@options"), Map.of(), null));
        assertEquals(Optional.empty(), child(INDEX, started("-Dinterop-atlas.jvm=same"), Map.of(), null));
        assertEquals(Optional.empty(), BatchJvm.childCommand(INDEX, Optional.empty(), Optional.of(started()),
                Map.of(), null));
    }

    @Test
    void everySubcommandButOpenIsABatchOne() {
        assertEquals(BatchJvm.batchCommandsDeclared(), BatchJvm.BATCH_COMMANDS);
        assertEquals(java.util.Set.of("index", "metrics", "hotspots", "readiness", "maintainers", "history",
                "diff", "impact", "export-graph", "report"), BatchJvm.BATCH_COMMANDS);
    }
}
