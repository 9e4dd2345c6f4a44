package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @TempDir
    Path temp;

    private Path jar;
    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        jar = Files.writeString(temp.resolve("atlas.jar"), "not really a jar");
        dir = temp.resolve("cds");
    }

    private ClassArchive.Plan plan() {
        return ClassArchive.plan(dir, jar, "jdk-17", FLAGS, List.of()).orElseThrow();
    }

    /** What the child JVM does with -XX:DumpLoadedClassList: lists the classes it loaded. */
    private static void childWrites(ClassArchive.Plan plan) throws IOException {
        Files.writeString(plan.written().orElseThrow(), "java/lang/Object id: 0\n");
    }

    /** What java -Xshare:dump does with a class list: writes the archive; the lists it was given are kept. */
    private final List<Path> dumpedFrom = new java.util.ArrayList<>();

    private final ClassArchive.Dump dump = (classList, archive) -> {
        dumpedFrom.add(classList);
        try {
            Files.writeString(archive, "archive of " + Files.readString(classList));
            return true;
        } catch (IOException e) {
            return false;
        }
    };

    private void finish(ClassArchive.Plan plan, int exitCode) {
        ClassArchive.finish(plan, exitCode, dump);
    }

    @Test
    void aFirstRunWritesTheArchiveThatLaterRunsMap() throws IOException {
        ClassArchive.Plan first = plan();
        assertEquals(List.of("-XX:DumpLoadedClassList=" + first.written().orElseThrow(), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off"), first.options());
        assertTrue(first.written().get().startsWith(dir));
        childWrites(first);
        finish(first, 0);
        assertEquals(List.of(first.written().get()), dumpedFrom);
        assertEquals("archive of java/lang/Object id: 0\n", Files.readString(first.archive()));
        assertFalse(Files.exists(first.written().get()));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(first.archive()), left.toList());
        }

        ClassArchive.Plan second = plan();
        assertEquals(List.of("-XX:SharedArchiveFile=" + first.archive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                second.options());
        assertEquals(Optional.empty(), second.written());
    }

    @Test
    void aFailedRunLeavesNoArchive() throws IOException {
        ClassArchive.Plan first = plan();
        childWrites(first);
        finish(first, 1);
        assertFalse(Files.exists(first.archive()));
        assertFalse(Files.exists(first.written().get()));
        assertEquals(List.of(), dumpedFrom);
    }

    @Test
    void aDumpThatFailsLeavesNoArchiveAndLaterRunsOfThatJarDoNotTryAgain() throws IOException {
        ClassArchive.Plan first = plan();
        childWrites(first);
        ClassArchive.finish(first, 0, (classList, archive) -> {
            try {
                Files.writeString(archive, "half an archive");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return false;
        });
        assertFalse(Files.exists(first.archive()));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(first.archive().resolveSibling(first.archive().getFileName() + ".failed")),
                    left.toList());
        }
        assertEquals(Optional.empty(), ClassArchive.plan(dir, jar, "jdk-17", FLAGS, List.of()));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        ClassArchive.Plan rebuilt = plan();
        assertTrue(rebuilt.written().isPresent(), "a rebuilt jar tries again");
        childWrites(rebuilt);
        finish(rebuilt, 0);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(rebuilt.archive()), left.toList(), "the earlier build's marker goes too");
        }
    }

    @Test
    void aRebuiltJarGetsItsOwnArchiveAndTheOldOneGoes() throws IOException {
        ClassArchive.Plan first = plan();
        childWrites(first);
        finish(first, 0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        ClassArchive.Plan rebuilt = plan();
        assertNotEquals(first.archive(), rebuilt.archive());
        childWrites(rebuilt);
        finish(rebuilt, 0);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(rebuilt.archive()), left.toList());
        }
    }

    @Test
    void anotherJdkOrOtherFlagsGetAnotherArchiveAndBothStay() throws IOException {
        ClassArchive.Plan first = plan();
        childWrites(first);
        finish(first, 0);
        assertNotEquals(first.archive(), ClassArchive.plan(dir, jar, "jdk-21", FLAGS, List.of()).orElseThrow()
                .archive());
        ClassArchive.Plan fullJit = ClassArchive.plan(dir, jar, "jdk-17", List.of("-XX:+UseSerialGC"), List.of())
                .orElseThrow();
        assertNotEquals(first.archive(), fullJit.archive());
        childWrites(fullJit);
        finish(fullJit, 0);
        assertTrue(Files.isRegularFile(first.archive()) && Files.isRegularFile(fullJit.archive()));
    }

    @Test
    void classSharingChosenByTheUserIsLeftAlone() {
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-XX:-UseSharedSpaces",
                "-XX:ArchiveClassesAtExit=x.jsa")) {
            assertEquals(Optional.empty(), ClassArchive.plan(dir, jar, "jdk-17", FLAGS, List.of(option)), option);
        }
        assertEquals(Optional.empty(), ClassArchive.plan(dir, temp.resolve("missing.jar"), "jdk-17", FLAGS,
                List.of()));
    }
}
