package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.source.ListedSourceTree;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaintainersIndexTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void missingMaintainersFailsNamingTheTree() throws IOException {
        write("drivers/a.c", "");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            IndexException e = assertThrows(IndexException.class, () -> MaintainersIndex.load(tree));
            assertTrue(e.getMessage().contains("no MAINTAINERS file at the root of " + tree.displayName()),
                    e.getMessage());
        }
    }

    @Test
    void unreadableMaintainersFailsWithTheCause() {
        ListedSourceTree tree = new ListedSourceTree(List.of(new SourceFile("MAINTAINERS", Optional.empty()))) {
            @Override
            public String displayName() {
                return "broken-tree";
            }

            @Override
            public Optional<String> release() {
                return Optional.empty();
            }

            @Override
            public byte[] read(SourceFile file) throws IOException {
                throw new IOException("disk on fire");
            }
        };
        IndexException e = assertThrows(IndexException.class, () -> MaintainersIndex.load(tree));
        assertEquals("cannot read MAINTAINERS of broken-tree: disk on fire", e.getMessage());
    }

    @Test
    void patternWithoutSlashNamingATreeDirectoryMatchesItsSubtree() throws Exception {
        write("MAINTAINERS", "FOO [RUST]\nF:\tdrivers/foo\nBAR\nF:\tdrivers/bar.c\nREST\nF:\t*\nF:\t*/\n");
        write("drivers/foo/sub/lib.rs", "");
        write("drivers/bar.c", "");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            MaintainersIndex index = MaintainersIndex.load(tree);
            assertEquals(List.of("FOO [RUST]", "REST"),
                    index.match("drivers/foo/sub/lib.rs").stream().map(SectionMatch::name).toList());
            assertEquals(List.of("FOO [RUST]", "REST"), index.rustFileCoverage().stream()
                    .map(c -> c.section().name()).toList());
            assertEquals(List.of("drivers/foo/sub/lib.rs"), index.rustFileCoverage().get(0).rustFiles());
            assertEquals(List.of(), index.warnings());
        }
    }

    @Tag("corpus")
    @Test
    void realMaintainersRustSectionsExcludeTrustedKeys() throws Exception {
        Path root = Corpus.tree("6.12");
        try (WorkingTree tree = WorkingTree.open(root)) {
            MaintainersIndex index = MaintainersIndex.load(tree);
            List<MaintainersSection> sections = index.sections();
            MaintainersSection trusted = index.file().section("KEYS-TRUSTED").orElseThrow();
            MaintainersSection rust = index.file().section("RUST").orElseThrow();
            assertFalse(trusted.isRustSection());
            assertEquals(List.of(), trusted.rustPatterns());
            assertTrue(rust.isRustSection());
            assertEquals(Optional.of("Supported"), rust.status());
            assertTrue(rust.rustPatterns().contains("rust/"));

            List<String> rustNamed = sections.stream().filter(MaintainersSection::isRustSection)
                    .map(MaintainersSection::name).toList();
            assertTrue(rustNamed.contains("ETHERNET PHY LIBRARY [RUST]"), rustNamed.toString());
            assertTrue(rustNamed.stream().noneMatch(n -> n.contains("TRUSTED")), rustNamed.toString());

            List<MaintainersIndex.RustCoverage> coverage = index.rustFileCoverage();
            List<String> covering = coverage.stream().map(c -> c.section().name()).toList();
            assertFalse(covering.contains("KEYS-TRUSTED"));
            long rustFiles = tree.files().stream().filter(f -> f.path().endsWith(".rs")).count();
            long rustDirFiles = tree.files().stream()
                    .filter(f -> f.path().startsWith("rust/") && f.path().endsWith(".rs")).count();
            MaintainersIndex.RustCoverage rustSection = coverage.stream()
                    .filter(c -> c.section().name().equals("RUST")).findFirst().orElseThrow();
            assertTrue(rustSection.rustFiles().size() >= rustDirFiles);
            System.out.printf("6.12 MAINTAINERS: %d sections, %d warnings, %d named RUST, %d with Rust F: patterns,"
                    + " %d cover some of the %d .rs files: %s%n", sections.size(), index.warnings().size(),
                    rustNamed.size(), sections.stream().filter(s -> !s.rustPatterns().isEmpty()).count(),
                    coverage.size(), rustFiles, covering);
            index.warnings().forEach(w -> System.out.println("  " + w));
        }
    }

    @Tag("corpus")
    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12"})
    void realMaintainersFilesParseCleanly(String version) throws Exception {
        byte[] bytes = Files.readAllBytes(Corpus.tree(version).resolve("MAINTAINERS"));
        MaintainersFile file = MaintainersParser.parse(bytes);
        assertEquals(List.of(), file.warnings());
        assertEquals("3C59X NETWORK DRIVER", file.sections().get(0).name());
        assertEquals("THE REST", file.sections().get(file.sections().size() - 1).name());
        long fLines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("F:")).count();
        assertEquals(fLines, file.sections().stream().mapToLong(s -> s.files().size()).sum());
    }
}
