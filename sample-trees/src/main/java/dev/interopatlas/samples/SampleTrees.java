package dev.interopatlas.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written "minikernel" shipped as classpath resources: one complete tree per release
 * ({@code v6.1}, {@code v6.8}, {@code v6.12}, {@code v7.3}) plus the expected metrics of each.
 *
 * <p>Works the same whether the resources sit in {@code target/classes} or inside a jar.
 */
public final class SampleTrees {

    /** The {@code tree} name the expected metrics use. */
    public static final String TREE_NAME = "minikernel";

    static final String RESOURCE_ROOT = "/dev/interopatlas/samples/minikernel";
    /** A file that is always packaged; its grandparent is the resource root. */
    private static final String ANCHOR = RESOURCE_ROOT + "/expected/README.md";
    private static final Pattern RELEASE_NAME = Pattern.compile("v\\d+(\\.\\d+)*");

    /** Orders "v6.8" before "v6.12", numerically part by part. */
    public static final Comparator<String> VERSION_ORDER = SampleTrees::compareVersions;

    private SampleTrees() {
    }

    /** The releases, oldest first. */
    public static List<String> releases() {
        try {
            return withRoot(root -> {
                try (Stream<Path> children = Files.list(root)) {
                    List<String> names = new ArrayList<>();
                    children.filter(Files::isDirectory)
                            .map(p -> stripSlash(p.getFileName().toString()))
                            .filter(n -> RELEASE_NAME.matcher(n).matches())
                            .forEach(names::add);
                    names.sort(VERSION_ORDER);
                    return Collections.unmodifiableList(names);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the sample tree releases", e);
        }
    }

    /**
     * Copies one release into {@code targetDir}, which becomes the tree root (it is created when
     * missing; files already there are overwritten).
     *
     * @return {@code targetDir}
     * @throws IllegalArgumentException when {@code release} is not one of {@link #releases()}
     */
    public static Path extract(String release, Path targetDir) throws IOException {
        SortedMap<String, byte[]> files = readRelease(release);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = targetDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return targetDir;
    }

    /**
     * Copies every release into {@code dir/<release>}.
     *
     * @return {@code dir}
     */
    public static Path extractAll(Path dir) throws IOException {
        for (String release : releases()) {
            extract(release, dir.resolve(release));
        }
        return dir;
    }

    /** The hand-written expected {@code metrics} JSON of a release, if it has one. */
    public static Optional<String> expectedMetricsJson(String release) throws IOException {
        return withRoot(root -> {
            Path golden = root.resolve("expected").resolve(release + ".metrics.json");
            return Files.isRegularFile(golden) ? Optional.of(Files.readString(golden)) : Optional.empty();
        });
    }

    /** Every file of a release: path relative to the tree root (with {@code /}) to its bytes. */
    static SortedMap<String, byte[]> readRelease(String release) throws IOException {
        List<String> known = releases();
        if (!known.contains(release)) {
            throw new IllegalArgumentException("unknown sample release '" + release + "'; known: " + known);
        }
        return withRoot(root -> {
            Path base = root.resolve(release);
            SortedMap<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String relative = base.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                    files.put(relative, Files.readAllBytes(p));
                }
            }
            return files;
        });
    }

    private interface RootAction<T> {
        T apply(Path root) throws IOException;
    }

    /** Runs {@code action} on the resource root, opening (and afterwards closing) a zip file system for jars. */
    private static <T> T withRoot(RootAction<T> action) throws IOException {
        URL anchor = SampleTrees.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new IOException("sample tree resources are missing from the classpath (no " + ANCHOR + ")");
        }
        URI uri;
        try {
            uri = anchor.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad resource URL " + anchor, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return action.apply(Path.of(uri).getParent().getParent());
        }
        FileSystem opened = null;
        FileSystem fs;
        try {
            fs = opened = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(uri);
        }
        try {
            return action.apply(fs.getPath(RESOURCE_ROOT));
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    private static String stripSlash(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static int compareVersions(String a, String b) {
        if (!RELEASE_NAME.matcher(a).matches() || !RELEASE_NAME.matcher(b).matches()) {
            return a.compareTo(b);
        }
        String[] pa = a.replaceFirst("^v", "").split("\\.");
        String[] pb = b.replaceFirst("^v", "").split("\\.");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            long x = i < pa.length ? Long.parseLong(pa[i]) : -1;
            long y = i < pb.length ? Long.parseLong(pb[i]) : -1;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
