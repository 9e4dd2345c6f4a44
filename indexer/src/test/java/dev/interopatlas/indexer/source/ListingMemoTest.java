package dev.interopatlas.indexer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing memo may only save reading directories: with it, a walk lists exactly what a walk without it lists,
 * after every kind of change to the tree. The walks "an hour later" see every change of this test as old enough
 * to be remembered, as the changes of a real tree usually are; the racy case uses the real clock.
 */
class ListingMemoTest {
    private static final long AN_HOUR_LATER = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis())
            + TimeUnit.HOURS.toNanos(1);

    @TempDir
    Path tree;
    @TempDir
    Path cache;

    private Path memoFile;
    private final List<String> warnings = new ArrayList<>();
    private final AtomicInteger directoriesRead = new AtomicInteger();
    private final Function<String, String[]> countingLister = directory -> {
        directoriesRead.incrementAndGet();
        return new File(directory).list();
    };

    @BeforeEach
    void smallKernelLikeTree() throws IOException {
        memoFile = cache.resolve(ListingMemo.FILE_NAME);
        write("Makefile");
        write("rust/Makefile");
        write("rust/kernel/lib.rs");
        write("rust/kernel/sync/lock.rs");
        write("drivers/gpu/nova/Kbuild");
        write("drivers/gpu/nova/nova.rs");
        write("include/linux/types.h");
        write("include/linux/a.h");
    }

    @Test
    void anUnchangedTreeIsListedWithoutReadingAnyDirectory() throws Exception {
        walkLater(); // reads all 9 directories and remembers them
        assertEquals(9, directoriesRead.getAndSet(0));
        assertTrue(Files.exists(memoFile));
        FileTime written = Files.getLastModifiedTime(memoFile);

        List<String> again = paths(walkLater());

        assertEquals(0, directoriesRead.get());
        assertEquals(freshListing(), again);
        assertEquals(written, Files.getLastModifiedTime(memoFile), "nothing new: the memo is not rewritten");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aNewFileInARememberedDirectoryIsListed() throws Exception {
        walkLater();
        write("rust/kernel/new.rs");

        List<String> again = paths(walkLater());

        assertTrue(again.contains("rust/kernel/new.rs"), again.toString());
        assertEquals(freshListing(), again);
        assertEquals(1, directoriesRead.get() - 9, "only rust/kernel is read again");
    }

    @Test
    void aDeletedFileIsNoLongerListed() throws Exception {
        walkLater();
        Files.delete(tree.resolve("include/linux/a.h"));

        List<String> again = paths(walkLater());

        assertFalse(again.contains("include/linux/a.h"), again.toString());
        assertEquals(freshListing(), again);
    }

    @Test
    void aRenamedDirectoryIsListedUnderItsNewName() throws Exception {
        walkLater();
        Files.move(tree.resolve("rust/kernel/sync"), tree.resolve("rust/kernel/locking"));

        List<String> again = paths(walkLater());

        assertTrue(again.contains("rust/kernel/locking/lock.rs"), again.toString());
        assertFalse(again.contains("rust/kernel/sync/lock.rs"), again.toString());
        assertEquals(freshListing(), again);
    }

    @Test
    void twoDirectoriesThatSwapNamesAreNotMistakenForEachOther() throws Exception {
        write("drivers/a/one.rs");
        write("drivers/b/two.rs");
        walkLater();
        Files.move(tree.resolve("drivers/a"), tree.resolve("drivers/swap"));
        Files.move(tree.resolve("drivers/b"), tree.resolve("drivers/a"));
        Files.move(tree.resolve("drivers/swap"), tree.resolve("drivers/b"));

        List<String> again = paths(walkLater());

        assertTrue(again.contains("drivers/a/two.rs") && again.contains("drivers/b/one.rs"), again.toString());
        assertEquals(freshListing(), again);
    }

    @Test
    void aChangedBuildFileKeepsItsListingAndIsReadAfresh() throws Exception {
        walkLater();
        Files.writeString(tree.resolve("drivers/gpu/nova/Kbuild"), "obj-$(CONFIG_NOVA) += nova.o\n");

        try (WorkingTree again = walkLater()) {
            assertEquals(0, directoriesRead.get() - 9, "a changed file does not change its directory's listing");
            assertEquals(freshListing(), paths(again));
            // the memo holds names only: the content comes from the disk
            assertEquals("obj-$(CONFIG_NOVA) += nova.o\n", new String(
                    again.read(again.file("drivers/gpu/nova/Kbuild").orElseThrow()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFileReplacedBySymlinkIsNotListedAsASource() throws Exception {
        walkLater();
        Path lock = tree.resolve("rust/kernel/sync/lock.rs");
        Files.delete(lock);
        Files.createSymbolicLink(lock, tree.resolve("rust/kernel/lib.rs"));

        List<String> again = paths(walkLater());

        assertFalse(again.contains("rust/kernel/sync/lock.rs"), again.toString());
        assertEquals(freshListing(), again);
    }

    @Test
    void aDirectoryChangedWithItsOldModificationTimeIsStillReadAgain() throws Exception {
        // clock skew, or a tool that restores time stamps: same mtime, different entries. Its change time moved.
        walkLater();
        Path kernel = tree.resolve("rust/kernel");
        FileTime before = Files.getLastModifiedTime(kernel, LinkOption.NOFOLLOW_LINKS);
        write("rust/kernel/skewed.rs");
        Files.setLastModifiedTime(kernel, before);

        List<String> again = paths(walkLater());

        assertTrue(again.contains("rust/kernel/skewed.rs"), again.toString());
        assertEquals(freshListing(), again);
    }

    @Test
    void aDirectoryChangedJustBeforeTheWalkIsNotRemembered() throws Exception {
        // racily clean: everything here was written within the last 2 s, so a walk now remembers none of it
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        walk(now);
        assertFalse(Files.exists(memoFile), "nothing to remember");
        directoriesRead.set(0);

        walk(now);

        assertEquals(9, directoriesRead.get());
    }

    @Test
    void aDamagedMemoIsReportedAndIgnored() throws Exception {
        walkLater();
        byte[] bytes = Files.readAllBytes(memoFile);
        for (int flip : new int[] {0, bytes.length / 2, bytes.length - 1}) {
            byte[] damaged = bytes.clone();
            damaged[flip] ^= 0x20;
            Files.write(memoFile, damaged);
            warnings.clear();
            directoriesRead.set(0);

            List<String> again = paths(walkLater());

            assertEquals(freshListing(), again);
            assertEquals(9, directoriesRead.get());
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("damaged"), warnings.toString());
        }
        Files.write(memoFile, new byte[] {1, 2, 3});
        warnings.clear();
        assertEquals(freshListing(), paths(walkLater()));
        assertEquals(1, warnings.size(), warnings.toString());
        directoriesRead.set(0);
        walkLater();
        assertEquals(0, directoriesRead.get(), "rebuilt by the run that found it damaged");
    }

    @Test
    void aTreeGivenThroughASymlinkIsReadAgainAtItsTop() throws Exception {
        // the link's own times do not change when the directory it points to gets a new entry
        Path link = Files.createSymbolicLink(cache.resolve("linked-tree"), tree);
        ListingMemo first = ListingMemo.load(memoFile, link, AN_HOUR_LATER, warnings::add);
        WorkingTree.open(link, countingLister, first);
        first.save();
        write("NEW-AT-TOP");

        try (WorkingTree again = WorkingTree.open(link, countingLister,
                ListingMemo.load(memoFile, link, AN_HOUR_LATER, warnings::add))) {
            assertTrue(paths(again).contains("NEW-AT-TOP"), paths(again).toString());
            assertEquals(freshListing(), paths(again));
        }
    }

    @Test
    void anotherTreesMemoIsNotUsed() throws Exception {
        walkLater();
        Path other = Files.createDirectories(cache.resolve("other-tree"));
        Files.writeString(other.resolve("Makefile"), "");
        directoriesRead.set(0);

        try (WorkingTree listed = WorkingTree.open(other, countingLister,
                ListingMemo.load(memoFile, other, AN_HOUR_LATER, warnings::add))) {
            assertEquals(List.of("Makefile"), paths(listed));
        }
        assertEquals(1, directoriesRead.get());
    }

    private WorkingTree walkLater() throws IOException {
        return walk(AN_HOUR_LATER);
    }

    private WorkingTree walk(long checkedAt) throws IOException {
        ListingMemo memo = ListingMemo.load(memoFile, tree, checkedAt, warnings::add);
        WorkingTree listed = WorkingTree.open(tree, countingLister, memo);
        memo.save();
        return listed;
    }

    private List<String> freshListing() throws IOException {
        try (WorkingTree fresh = WorkingTree.open(tree)) {
            return paths(fresh);
        }
    }

    private static List<String> paths(WorkingTree listed) {
        return listed.files().stream().map(SourceFile::path).toList();
    }

    private void write(String path) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path + "\n");
    }
}
