package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {
    private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");
    private static final String[] INDEX = {"index", "linux", "--out", "i.json"};

    private static final long GIGABYTE = 1L << 30;

    /** With the 6 GB maximum heap a 24 GB machine gives. */
    private static Optional<List<String>> child(String[] args, List<String> own, Map<String, String> env,
                                                String jit) {
        return child(args, own, env, jit, 6 * GIGABYTE);
    }

    private static Optional<List<String>> child(String[] args, List<String> own, Map<String, String> env,
                                                String jit, long maxHeap) {
        return ChildJvm.childCommand(args, JAVA, Optional.of(own), env, jit, maxHeap)
                .map(c -> c.command(List.of()));
    }

    private static List<String> started(String... jvmOptions) {
        List<String> own = new java.util.ArrayList<>(List.of(jvmOptions));
        own.addAll(List.of("-jar", "atlas.jar"));
        own.addAll(List.of(INDEX));
        return own;
    }

    @Test
    void aBatchCommandRunsInAChildWithC1TheSerialCollectorAndALargeYoungGeneration() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn256m",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started(), Map.of(), null));
    }

    @Test
    void theChildNamesTheJarByItsRealPathSoItsClassArchiveMatchesFromAnyDirectory(@TempDir Path dir)
            throws IOException {
        Path jar = Files.createFile(dir.resolve("atlas.jar"));
        Path link = Files.createSymbolicLink(dir.resolve("link.jar"), jar);
        List<String> own = new java.util.ArrayList<>(List.of("-jar", link.toString()));
        own.addAll(List.of(INDEX));
        ChildJvm.Child child = ChildJvm.childCommand(INDEX, JAVA, Optional.of(own), Map.of(), null, 6 * GIGABYTE)
                .orElseThrow().withRealJarPath();
        assertEquals(jar.toRealPath().toString(), child.jar());
        assertEquals(List.of(INDEX), child.jarAndArgs().subList(2, child.jarAndArgs().size()));
        // a jar that cannot be resolved is passed on as given, for the JVM to report
        assertEquals("atlas.jar", ChildJvm.childCommand(INDEX, JAVA, Optional.of(started()), Map.of(), null,
                6 * GIGABYTE).orElseThrow().withRealJarPath().jar());
    }

    @Test
    void theUsersOptionsComeAfterOursSoTheyWin() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn75m",
                        "-Xmx300m", "-Dx=1", "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux",
                        "--out", "i.json")),
                child(INDEX, started("-Xmx300m", "-Dx=1"), Map.of(), null, 300L << 20));
    }

    @Test
    void aCollectorOrCompilerChosenByTheUserReplacesOurs() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-Xmn256m", "-XX:+UseG1GC",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started("-XX:+UseG1GC"), Map.of(), null));
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:+UseSerialGC", "-Xmn256m", "-XX:TieredStopAtLevel=4",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started("-XX:TieredStopAtLevel=4"), Map.of(), null));
        // options the java launcher or the JVM read from the environment count too
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-Xmn256m",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started(), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g  -XX:+UseParallelGC"), null,
                        GIGABYTE));
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:+UseSerialGC", "-Xmn256m", "-Dinterop-atlas.jit=full",
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
        assertEquals(Optional.empty(), ChildJvm.childCommand(INDEX, Optional.empty(), Optional.of(started()),
                Map.of(), null, 6 * GIGABYTE));
    }

    @Test
    void theYoungGenerationIsAQuarterOfASmallHeapAndTheUsersSizingWins() {
        assertEquals(Optional.of("-Xmn256m"), ChildJvm.youngGeneration(List.of(), 6 * GIGABYTE));
        assertEquals(Optional.of("-Xmn64m"), ChildJvm.youngGeneration(List.of("-Xmx256m"), 256L << 20));
        assertEquals(Optional.empty(), ChildJvm.youngGeneration(List.of("-Xmx32m"), 32L << 20));
        for (String option : List.of("-Xmn100m", "-XX:NewSize=50m", "-XX:MaxNewSize=50m", "-XX:NewRatio=3")) {
            assertEquals(Optional.empty(), ChildJvm.youngGeneration(List.of(option), 6 * GIGABYTE), option);
        }
        // the JVM reads JAVA_TOOL_OPTIONS itself: the child inherits it, so no -Xmn of ours is added
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "index", "linux", "--out", "i.json")),
                child(INDEX, started(), Map.of("JAVA_TOOL_OPTIONS", "-Xmn40m"), null, 6 * GIGABYTE));
    }

    /** {@code --json >(cmd)} is {@code /dev/fd/63}: a descriptor of this process that a child would not get. */
    @Test
    void outputToAnInheritedDescriptorStaysInThisJvm() {
        for (String fd : List.of("/dev/fd/63", "/proc/self/fd/5", "/proc/4242/fd/9")) {
            String[] args = {"metrics", "linux", "--json", fd};
            List<String> own = new java.util.ArrayList<>(List.of("-jar", "atlas.jar"));
            own.addAll(List.of(args));
            assertEquals(Optional.empty(), child(args, own, Map.of(), null), fd);
        }
        String[] stdout = {"metrics", "linux", "--json", "/dev/fd/1"};
        List<String> own = new java.util.ArrayList<>(List.of("-jar", "atlas.jar"));
        own.addAll(List.of(stdout));
        assertTrue(child(stdout, own, Map.of(), null).isPresent(), "0-2 are the child's too");
    }

    @Test
    void everySubcommandButOpenIsABatchOne() {
        assertEquals(ChildJvm.batchCommandsDeclared(), ChildJvm.BATCH_COMMANDS);
        assertEquals(java.util.Set.of("index", "metrics", "hotspots", "readiness", "maintainers", "history",
                "diff", "impact", "export-graph", "report"), ChildJvm.BATCH_COMMANDS);
    }

    private static Optional<List<String>> desktop(List<String> own, Map<String, String> env, String jit,
                                                  String... args) {
        return ChildJvm.desktopCommand(args, JAVA, Optional.of(own), env, jit).map(c -> c.command(List.of()));
    }

    private static List<String> launched(List<String> jvmOptions, String... args) {
        List<String> own = new java.util.ArrayList<>(jvmOptions);
        own.addAll(List.of("-jar", "atlas.jar"));
        own.addAll(List.of(args));
        return own;
    }

    @Test
    void theDesktopAppRunsInAChildOnC1WithTheDefaultCollector() {
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-Dinterop-atlas.jvm=child",
                "-jar", "atlas.jar")), desktop(launched(List.of()), Map.of(), null));
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-Xmx2g",
                        "-Dinterop-atlas.jvm=child", "-jar", "atlas.jar", "open", "linux")),
                desktop(launched(List.of("-Xmx2g"), "open", "linux"), Map.of(), null, "open", "linux"));
        assertEquals(Optional.of(List.of(JAVA.get(), "-XX:TieredStopAtLevel=1", "-Dinterop-atlas.jvm=child",
                        "-jar", "atlas.jar", "--synthetic=500")),
                desktop(launched(List.of(), "--synthetic=500"), Map.of(), null, "--synthetic=500"));
    }

    @Test
    void theDesktopAppStaysInThisJvmWhenTheUserChoseTheCompilerOrOptedOut() {
        assertEquals(Optional.empty(), desktop(launched(List.of("-XX:TieredStopAtLevel=4")), Map.of(), null));
        assertEquals(Optional.empty(), desktop(launched(List.of()), Map.of("JAVA_TOOL_OPTIONS",
                "-XX:-TieredCompilation"), null));
        assertEquals(Optional.empty(), desktop(launched(List.of("-Dinterop-atlas.jit=full")), Map.of(), "full"));
        assertEquals(Optional.empty(), desktop(launched(List.of("-Dinterop-atlas.jvm=same")), Map.of(), null));
        assertEquals(Optional.empty(), desktop(List.of("-cp", "atlas.jar", "dev.interopatlas.app.Launcher"),
                Map.of(), null));
    }

    @Test
    void onlyTheDesktopLaunchesStartTheDesktopApp() {
        assertTrue(ChildJvm.startsDesktop(new String[0]));
        assertTrue(ChildJvm.startsDesktop(new String[] {"open", "linux"}));
        assertTrue(ChildJvm.startsDesktop(new String[] {"--synthetic=500"}));
        for (String batch : ChildJvm.BATCH_COMMANDS) {
            assertEquals(Optional.empty(), desktop(launched(List.of(), batch, "linux"), Map.of(), null, batch,
                    "linux"), batch);
        }
        assertEquals(Optional.empty(), desktop(launched(List.of(), "--version"), Map.of(), null, "--version"));
    }
}
