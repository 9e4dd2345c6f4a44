package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged pack file must give a one-line error naming the repository or file, never a crash. */
class CorruptPackTest {
    @TempDir
    Path temp;

    private Path packedRepository() throws Exception {
        Path dir = temp.resolve("linux");
        try (TestRepo repo = TestRepo.init(dir, true)) {
            Map<String, TestRepo.Entry> files = new LinkedHashMap<>();
            for (int i = 0; i < 50; i++) {
                files.put("rust/kernel/m" + i + ".rs", TestRepo.Entry.file(("// module " + i + "\n").repeat(200)));
            }
            repo.annotatedTag("v6.1", repo.commit(files));
            Git.wrap(repo.repository()).gc().setAggressive(false).call();
        }
        return dir;
    }

    private static void scribble(Path pack) throws IOException {
        pack.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
            for (long at = 12; at < file.length() - 20; at += 7) {
                file.seek(at);
                file.write(0x5a);
            }
        }
    }

    @Test
    void scribbledPackGivesOneLineErrors() throws Exception {
        Path dir = packedRepository();
        List<Path> packs;
        try (var list = Files.list(dir.resolve("objects/pack"))) {
            packs = list.filter(p -> p.toString().endsWith(".pack")).collect(Collectors.toList());
        }
        assertFalse(packs.isEmpty(), "gc wrote a pack");
        for (Path pack : packs) {
            scribble(pack);
        }
        try (Repository repository = GitRepositories.open(dir)) {
            GitTagTree tree;
            try {
                tree = GitTagTree.open(repository, "linux", ReleaseTags.find(repository, "v6.1"));
            } catch (IndexException e) {
                assertOneLine(e.getMessage(), "linux");
                return;
            }
            int failures = 0;
            for (SourceFile file : tree.files()) {
                try {
                    tree.read(file);
                } catch (IOException e) {
                    failures++;
                    assertOneLine(e.getMessage(), file.path());
                }
            }
            assertTrue(failures > 0, "a scribbled pack cannot read back cleanly");
        } catch (RuntimeException e) {
            fail("corrupt pack crashed with " + e);
        }
    }

    /**
     * One byte flipped in one blob of a pack: JGit drops the whole pack from its list after the failed read, so the
     * next file (here Makefile, intact) reads as "Missing blob". Both messages must name the blob that failed.
     */
    @Test
    void flippedByteIsBlamedOnItsBlobNotOnTheNextFileRead() throws Exception {
        Path dir = temp.resolve("linux");
        try (TestRepo repo = TestRepo.init(dir, true)) {
            repo.annotatedTag("v6.12", repo.commit(TestRepo.files(
                    "rust/kernel/lib.rs", distinctLines(200),
                    "Makefile", "VERSION = 6\n".repeat(100))));
            Git.wrap(repo.repository()).gc().setAggressive(false).call();
        }
        String libBlob = new org.eclipse.jgit.lib.ObjectInserter.Formatter().idFor(
                org.eclipse.jgit.lib.Constants.OBJ_BLOB, distinctLines(200).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).name();
        Path pack;
        try (var list = Files.list(dir.resolve("objects/pack"))) {
            pack = list.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
        }
        long offset = org.eclipse.jgit.internal.storage.file.PackIndex.open(
                new java.io.File(pack.toString().replace(".pack", ".idx")))
                .findOffset(org.eclipse.jgit.lib.ObjectId.fromString(libBlob));
        pack.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
            file.seek(offset + 40); // inside the deflated data (over 1 kB), past the entry's header
            int b = file.read();
            file.seek(offset + 40);
            file.write(b ^ 0xff);
        }
        try (Repository repository = GitRepositories.open(dir)) {
            GitTagTree tree = GitTagTree.open(repository, "linux", ReleaseTags.find(repository, "v6.12"));
            SourceFile lib = tree.file("rust/kernel/lib.rs").orElseThrow();
            SourceFile makefile = tree.file("Makefile").orElseThrow();
            IOException first = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> tree.read(lib));
            assertOneLine(first.getMessage(), "rust/kernel/lib.rs at linux@v6.12 (blob " + libBlob + ")");
            assertTrue(first.getMessage().endsWith("check it with `git fsck`"), first.getMessage());
            IOException next = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> tree.read(makefile));
            assertOneLine(next.getMessage(), "after rust/kernel/lib.rs (blob " + libBlob + ") failed");
            assertTrue(next.getMessage().endsWith("check it with `git fsck`"), next.getMessage());
        }
    }

    /** Text that deflate cannot shrink much, so a byte 40 into the entry is inside its data. */
    private static String distinctLines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("// ").append(Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i))
                    .append(' ').append(Long.toString(i * 40503L * 40503L, 36)).append('\n');
        }
        return text.toString();
    }

    private static void assertOneLine(String message, String expectedPart) {
        assertTrue(message.contains(expectedPart), message);
        assertFalse(message.contains("\n"), message);
    }
}
