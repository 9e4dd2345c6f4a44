package dev.interopatlas.indexer.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingTreeTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryRegularFileInWholePathOrder() throws Exception {
        // names whose order differs between "sort each directory" and "sort whole paths": '.' and '-' sort
        // before '/', so foo.c and foo-bar come before foo/x
        write("foo/x.h");
        write("foo.c");
        write("foo-bar");
        write("foo/sub.d/y.rs");
        write("Makefile");
        write("a.dir.with.dots/Kconfig");
        write("z/deep/er/still/file.txt");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            List<String> paths = paths(tree);
            assertEquals(List.of("Makefile", "a.dir.with.dots/Kconfig", "foo-bar", "foo.c", "foo/sub.d/y.rs",
                    "foo/x.h", "z/deep/er/still/file.txt"), paths);
            assertEquals(paths.stream().sorted().toList(), paths);
        }
    }

    @Test
    void directoriesWithDotsAndFilesWithoutAreTellApart() throws Exception {
        write("lib.d/one.h");
        write("lib.d/two/README");
        write("COPYING");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            assertEquals(List.of("COPYING", "lib.d/one.h", "lib.d/two/README"), paths(tree));
            assertTrue(tree.isDirectory("lib.d"));
            assertTrue(tree.isDirectory("lib.d/two/"));
            assertFalse(tree.isDirectory("COPYING"));
            assertTrue(tree.file("lib.d/two/README").isPresent());
            assertTrue(tree.file("lib.d/two").isEmpty());
            assertTrue(tree.file("lib.d/three").isEmpty());
        }
    }

    @Test
    void symlinksAreNeverFoundByLookupNorReadNorFollowed() throws Exception {
        write("include/linux/real.h");
        write("rust/kernel/lib.rs");
        Files.createSymbolicLink(dir.resolve("include/linux/alias.h"), dir.resolve("include/linux/real.h"));
        Files.createSymbolicLink(dir.resolve("rust/kernel/alias.rs"), dir.resolve("rust/kernel/lib.rs"));
        Files.createSymbolicLink(dir.resolve("include/linux/up"), dir);
        try (WorkingTree tree = WorkingTree.open(dir)) {
            List<String> paths = paths(tree);
            assertTrue(paths.contains("include/linux/real.h"));
            assertFalse(paths.contains("rust/kernel/alias.rs"), "Rust sources are always checked: " + paths);
            assertTrue(paths.stream().noneMatch(p -> p.startsWith("include/linux/up/")), paths.toString());
            assertTrue(tree.file("include/linux/alias.h").isEmpty());
            assertTrue(tree.file("include/linux/up").isEmpty());
            // a listed-but-unchecked symlink is refused when read, with the file named
            if (paths.contains("include/linux/alias.h")) {
                IOException e = assertThrows(IOException.class,
                        () -> tree.read(new SourceFile("include/linux/alias.h", java.util.Optional.empty())));
                assertTrue(e.getMessage().contains("include/linux/alias.h") && e.getMessage().contains("symlink"),
                        e.getMessage());
            }
        }
    }

    @Test
    void readsTheBytesOfAFile() throws Exception {
        byte[] bytes = "int x;\n\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        Files.createDirectories(dir.resolve("include"));
        Files.write(dir.resolve("include/x.h"), bytes);
        try (WorkingTree tree = WorkingTree.open(dir)) {
            assertArrayEquals(bytes, tree.read(tree.file("include/x.h").orElseThrow()));
        }
    }

    @Test
    void gitDirectoryIsSkipped() throws Exception {
        write(".git/HEAD");
        write(".git/objects/ab/cdef");
        write("Makefile");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            assertEquals(List.of("Makefile"), paths(tree));
        }
    }

    @Test
    void matchesAWalkThatChecksEveryEntryOnManyShapesOfTree() throws Exception {
        // Deterministic pseudo-random trees: directories with and without dots, files with and without, empty
        // directories, deep chains and wide directories. The lstat-per-entry walk is the reference.
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 20; round++) {
            Path root = Files.createDirectories(dir.resolve("round" + round));
            int entries = 1 + random.nextInt(60);
            for (int i = 0; i < entries; i++) {
                StringBuilder path = new StringBuilder();
                int depth = random.nextInt(4);
                for (int d = 0; d < depth; d++) {
                    path.append(name(random)).append('/');
                }
                Path target = root.resolve(path.toString());
                try {
                    Files.createDirectories(target);
                    if (random.nextInt(5) > 0) {
                        Files.writeString(target.resolve(name(random)), "x");
                    }
                } catch (IOException e) {
                    // the name is taken by a file where a directory was wanted, or the reverse: skip it
                }
            }
            try (WorkingTree tree = WorkingTree.open(root)) {
                assertEquals(referenceListing(root), paths(tree), "round " + round);
                for (String path : referenceListing(root)) {
                    assertTrue(tree.file(path).isPresent(), path);
                }
            }
        }
    }

    @Tag("corpus")
    @Test
    void realKernelTreeListsExactlyTheRegularFilesPlusAtMostItsSymlinks() throws Exception {
        Path kernel = Corpus.tree("6.12");
        try (WorkingTree tree = WorkingTree.open(kernel)) {
            Set<String> listed = new TreeSet<>(paths(tree));
            List<String> reference = referenceListing(kernel);
            assertTrue(listed.containsAll(reference), "every regular file is listed");
            Set<String> extra = new TreeSet<>(listed);
            reference.forEach(extra::remove);
            for (String path : extra) {
                assertTrue(Files.isSymbolicLink(kernel.resolve(path)), "only symlinks are extra: " + path);
                assertTrue(tree.file(path).isEmpty(), path);
            }
            assertEquals(0, tree.skippedEntries());
            assertTrue(tree.files().stream().filter(f -> f.path().endsWith(".rs"))
                    .allMatch(f -> Files.isRegularFile(kernel.resolve(f.path()), LinkOption.NOFOLLOW_LINKS)));
        }
    }

    private static String name(java.util.Random random) {
        String[] stems = {"a", "b", "drivers", "Makefile", "x.h", "x.c", "lib.d", "y.rs", "K-config", "z_z"};
        return stems[random.nextInt(stems.length)];
    }

    private void write(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
    }

    private static List<String> paths(SourceTree tree) {
        return tree.files().stream().map(SourceFile::path).toList();
    }

    private static List<String> referenceListing(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.collect(Collectors.toList())) {
                String relative = root.relativize(path).toString();
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !relative.startsWith(".git/")) {
                    files.add(relative);
                }
            }
        }
        files.sort(null);
        return files;
    }
}
