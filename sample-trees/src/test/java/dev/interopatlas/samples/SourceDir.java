package dev.interopatlas.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The checked-in minikernel sources, read straight from the module directory for comparison. */
final class SourceDir {

    private SourceDir() {
    }

    static Path root() {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path root = base.resolve("minikernel");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("cannot find the minikernel sources at " + root.toAbsolutePath());
        }
        return root;
    }

    static List<String> releases() {
        try (Stream<Path> children = Files.list(root())) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("v"))
                    .sorted(SampleTrees.VERSION_ORDER)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}: relative path with {@code /} to its bytes. */
    static SortedMap<String, byte[]> files(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static SortedMap<String, byte[]> release(String release) {
        return files(root().resolve(release));
    }
}
