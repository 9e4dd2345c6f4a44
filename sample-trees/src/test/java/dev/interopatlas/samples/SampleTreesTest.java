package dev.interopatlas.samples;

import static dev.interopatlas.samples.TreeAssertions.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTreesTest {

    @TempDir
    Path tmp;

    @Test
    void releasesAreTheSourceReleasesInVersionOrder() {
        assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), SampleTrees.releases());
        assertEquals(SourceDir.releases(), SampleTrees.releases());
    }

    @Test
    void versionOrderComparesNumbersNotText() {
        assertTrue(SampleTrees.VERSION_ORDER.compare("v6.8", "v6.12") < 0);
        assertTrue(SampleTrees.VERSION_ORDER.compare("v6.12", "v6.12.1") < 0);
        assertEquals(0, SampleTrees.VERSION_ORDER.compare("v6.1", "v6.1"));
    }

    @Test
    void extractionYieldsTheSameFilesAsTheSourceDirectory() throws IOException {
        for (String release : SampleTrees.releases()) {
            Path out = SampleTrees.extract(release, tmp.resolve("one").resolve(release));
            assertSameFiles(SourceDir.release(release), SourceDir.files(out), release);
        }
    }

    @Test
    void extractAllPutsEachReleaseInItsOwnDirectory() throws IOException {
        Path dir = SampleTrees.extractAll(tmp.resolve("all"));
        try (Stream<Path> children = Files.list(dir)) {
            assertEquals(SampleTrees.releases().size(), children.count());
        }
        for (String release : SampleTrees.releases()) {
            assertSameFiles(SourceDir.release(release), SourceDir.files(dir.resolve(release)), release);
        }
    }

    @Test
    void unknownReleaseIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleTrees.extract("v9.9", tmp.resolve("x")));
        assertTrue(e.getMessage().contains("v9.9") && e.getMessage().contains("v6.12"), e.getMessage());
    }

    @Test
    void expectedMetricsAreOnTheClasspathForEveryRelease() throws IOException {
        for (String release : SampleTrees.releases()) {
            String json = SampleTrees.expectedMetricsJson(release).orElseThrow();
            assertTrue(json.contains("\"release\" : \"" + release + "\"")
                    || json.contains("\"release\": \"" + release + "\""), release);
        }
        assertTrue(SampleTrees.expectedMetricsJson("v0.0").isEmpty());
    }

    @Test
    void extractionWorksFromInsideAJar() throws Exception {
        Path classes = Path.of(SampleTrees.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = tmp.resolve("sample-trees.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = zip.getPath("/" + classes.relativize(p).toString().replace('\\', '/'));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fromJar = loader.loadClass(SampleTrees.class.getName());
            assertTrue(fromJar.getResource(SampleTrees.RESOURCE_ROOT + "/v6.1/Makefile").toString().startsWith("jar:"));
            Method extract = fromJar.getMethod("extract", String.class, Path.class);
            Path out = (Path) extract.invoke(null, "v6.12", tmp.resolve("from-jar"));
            assertSameFiles(SourceDir.release("v6.12"), SourceDir.files(out), "v6.12 from jar");
            // A second call must not trip over the zip file system the first one opened.
            Path again = (Path) extract.invoke(null, "v6.1", tmp.resolve("from-jar-again"));
            assertSameFiles(SourceDir.release("v6.1"), SourceDir.files(again), "v6.1 from jar");
        }
    }
}
