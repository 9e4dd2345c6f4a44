package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelTreeCheckTest {
    @TempDir
    Path dir;

    @Test
    void directoryWithoutMakefileIsRefusedWithAMessageThatSaysWhatToOpen() throws Exception {
        Files.createDirectories(dir.resolve("include/linux"));
        try (WorkingTree tree = WorkingTree.open(dir)) {
            NotAKernelTreeException e = assertThrows(NotAKernelTreeException.class, () ->
                    new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                            ProgressMonitor.NONE));
            assertTrue(e.getMessage().contains("no top-level Makefile"), e.getMessage());
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
        }
    }

    @Test
    void makefileAloneIsNotAKernel() throws Exception {
        Files.writeString(dir.resolve("Makefile"), "all:\n");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            NotAKernelTreeException e = assertThrows(NotAKernelTreeException.class,
                    () -> KernelTreeCheck.requireKernelTree(tree));
            assertTrue(e.getMessage().contains("no rust/ or include/"), e.getMessage());
        }
    }

    @Test
    void symlinkLoopDoesNotTrapTheWalk() throws Exception {
        Files.writeString(dir.resolve("Makefile"), "all:\n");
        Files.createDirectories(dir.resolve("include/linux"));
        Files.writeString(dir.resolve("include/linux/a.h"), "int a;\n");
        Files.createSymbolicLink(dir.resolve("include/linux/loop"), dir);
        try (WorkingTree tree = WorkingTree.open(dir)) {
            assertTrue(tree.file("include/linux/a.h").isPresent());
            assertTrue(tree.files().stream().noneMatch(f -> f.path().startsWith("include/linux/loop/")));
            assertTrue(tree.file("include/linux/loop").isEmpty());
        }
    }

    @Test
    void oddAndHugeRustFilesBecomeWarningsAndTheRestIsIndexed() throws Exception {
        Files.writeString(dir.resolve("Makefile"), "VERSION = 6\n");
        Files.createDirectories(dir.resolve("rust/kernel"));
        Files.createDirectories(dir.resolve("rust/bindings"));
        Files.createDirectories(dir.resolve("arch/x86/include/asm"));
        Files.writeString(dir.resolve("arch/x86/include/asm/Kbuild"), "generic-y += errno.h\n");
        Files.writeString(dir.resolve("rust/bindings/bindings_helper.h"), "/* nothing */\n");
        Files.writeString(dir.resolve("rust/kernel/lib.rs"), "pub mod a;\n");
        Files.write(dir.resolve("rust/kernel/a.rs"), new byte[] {(byte) 0xff, (byte) 0xfe, 'u', 'n', 's', 'a', 'f',
                'e', ' ', '{', 0, '/', '*'});
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(dir.resolve("rust/kernel/huge.rs").toFile(),
                "rw")) {
            huge.setLength(WorkingTree.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        try (WorkingTree tree = WorkingTree.open(dir)) {
            dev.interopatlas.model.index.KernelIndex index = new KernelIndexer(IndexOptions.defaults()).index(tree,
                    new DirectFactsProvider(), ProgressMonitor.NONE);
            assertTrue(index.files().stream().anyMatch(f -> f.path().equals("rust/kernel/a.rs")
                    && f.unsafeBlocks() == 1));
            assertTrue(index.warnings().stream().anyMatch(w -> w.path().equals("rust/kernel/huge.rs")
                    && w.message().contains("MB")), index.warnings().toString());
            assertTrue(index.warnings().stream().anyMatch(w -> w.path().equals("rust/kernel/a.rs")
                    && w.message().contains("unterminated")), index.warnings().toString());
        }
    }
}
