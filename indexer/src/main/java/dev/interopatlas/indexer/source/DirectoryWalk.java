package dev.interopatlas.indexer.source;

import dev.interopatlas.model.metrics.IndexWarning;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Lists a directory tree in parallel with one {@code lstat} per directory instead of one per file.
 *
 * <p>Java cannot see the entry types {@code readdir} returns, and an {@code lstat} per entry made the walk of a
 * kernel tree (86k files) cost several times {@code rg --files}. So it uses the leaf optimisation of GNU find: on
 * POSIX file systems a directory's link count is 2 plus its number of subdirectories. Entries are checked, names
 * without a dot first (directories rarely have one), until that many subdirectories are found; the rest cannot be
 * directories and are listed unchecked. A link count below 2 (btrfs, some network file systems) means unknown:
 * every entry is checked. Rust sources are always checked, since the indexer finds them from the listing alone.
 *
 * <p>A directory the {@link ListingMemo} remembers with its current stat is not read: its files come from the
 * memo, and only its subdirectories are looked at, to know whether they are remembered too.
 */
final class DirectoryWalk extends RecursiveTask<List<SourceFile>> {
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final String ALWAYS_CHECKED_SUFFIX = ".rs";

    /** The listing of a whole tree. */
    record Result(List<SourceFile> files, Map<String, WorkingTree.DirectoryListing> directories,
                  int skippedEntries, List<IndexWarning> warnings) {
    }

    private final Shared shared;
    private final String absolute;
    private final String relative; // "" for the root, else "dir/sub/"
    private final EntryType type; // this directory's, taken before it is read

    /** @param lister a directory's entry names, null when it cannot be read ({@link File#list()}) */
    private record Shared(Map<String, WorkingTree.DirectoryListing> directories, AtomicInteger skipped,
                          Function<String, String[]> lister, Queue<IndexWarning> warnings, ListingMemo memo) {
    }

    private DirectoryWalk(Shared shared, String absolute, String relative, EntryType type) {
        this.shared = shared;
        this.absolute = absolute;
        this.relative = relative;
        this.type = type;
    }

    static Result run(Path root, ForkJoinPool pool, Function<String, String[]> lister, ListingMemo memo)
            throws IOException {
        Shared shared = new Shared(new ConcurrentHashMap<>(), new AtomicInteger(), lister,
                new ConcurrentLinkedQueue<>(), memo);
        EntryType rootType = lstat(root).orElseThrow(() -> new IOException("cannot read " + root));
        List<SourceFile> files = pool.invoke(new DirectoryWalk(shared, root.toString(), "", rootType));
        List<IndexWarning> warnings = new ArrayList<>(shared.warnings());
        warnings.sort(Comparator.comparing(IndexWarning::path));
        return new Result(files, Map.copyOf(shared.directories()), shared.skipped().get(), List.copyOf(warnings));
    }

    @Override
    protected List<SourceFile> compute() {
        String directoryKey = relative.isEmpty() ? "" : relative.substring(0, relative.length() - 1);
        Optional<ListingMemo.Listing> remembered = rememberable()
                .flatMap(stat -> shared.memo().known(directoryKey, stat));
        if (remembered.isPresent()) {
            Optional<List<SourceFile>> replayed = replay(directoryKey, remembered.get());
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        return list(directoryKey);
    }

    /**
     * The stat the memo knows this directory by: only a real directory's, not that of a symlink given as the
     * tree's root, whose times do not change with the entries of the directory it points to.
     */
    private Optional<ListingMemo.DirectoryStat> rememberable() {
        return type.isDirectory() ? type.stat() : Optional.empty();
    }

    /**
     * This directory from the memo; empty when a remembered subdirectory is no longer one (which its parent's
     * time stamps should have told, unless the clock was set back): then the directory is read.
     */
    private Optional<List<SourceFile>> replay(String directoryKey, ListingMemo.Listing listing) {
        String[] subdirectoryNames = listing.subdirectories();
        EntryType[] types = new EntryType[subdirectoryNames.length];
        for (int i = 0; i < types.length; i++) {
            Optional<Path> entry = pathOf(subdirectoryNames[i]);
            Optional<EntryType> subdirectory = entry.flatMap(DirectoryWalk::lstat);
            if (subdirectory.isEmpty() || !subdirectory.get().isDirectory()) {
                return Optional.empty();
            }
            types[i] = subdirectory.get();
        }
        List<DirectoryWalk> subdirectories = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            DirectoryWalk walk = new DirectoryWalk(shared, absolute + File.separator + subdirectoryNames[i],
                    relative + subdirectoryNames[i] + "/", types[i]);
            walk.fork();
            subdirectories.add(walk);
        }
        shared.directories().put(directoryKey, new WorkingTree.DirectoryListing(listing.files()));
        List<List<SourceFile>> below = new ArrayList<>(subdirectories.size());
        for (DirectoryWalk walk : subdirectories) {
            below.add(walk.join());
        }
        return Optional.of(inPathOrder(listing.files(), Arrays.asList(subdirectoryNames), below));
    }

    /** Reads this directory, checking as few entries as the link count allows, and remembers it when clean. */
    private List<SourceFile> list(String directoryKey) {
        String[] names = shared.lister().apply(absolute);
        if (names == null) { // unreadable, or gone since its parent was listed
            shared.skipped().incrementAndGet();
            shared.warnings().add(new IndexWarning(directoryKey.isEmpty() ? "." : directoryKey, 0,
                    "directory not readable: its files are left out"));
            shared.directories().put(directoryKey, new WorkingTree.DirectoryListing(new String[0]));
            return List.of();
        }
        int linkCount = type.linkCount();
        int subdirectoriesLeft = linkCount >= 2 ? linkCount - 2 : Integer.MAX_VALUE;
        boolean clean = true; // nothing left out, so the memo may replay this listing
        List<String> fileNames = new ArrayList<>(names.length);
        List<DirectoryWalk> subdirectories = new ArrayList<>();
        List<String> subdirectoryNames = new ArrayList<>();
        orderLikelyDirectoriesFirst(names);
        for (String name : names) {
            boolean mustCheck = subdirectoriesLeft > 0 || name.endsWith(ALWAYS_CHECKED_SUFFIX) || undecodable(name);
            if (!mustCheck) {
                fileNames.add(name);
                continue;
            }
            Optional<Path> entry = undecodable(name) ? Optional.empty() : pathOf(name);
            if (entry.isEmpty()) {
                clean = false;
                shared.skipped().incrementAndGet();
                shared.warnings().add(new IndexWarning(relative + name.replace('\uFFFD', '?'), 0,
                        "name not valid in this locale's encoding (" + System.getProperty("sun.jnu.encoding")
                                + "; ? marks the bytes Java cannot decode): left out"));
                continue;
            }
            Optional<EntryType> entryType = lstat(entry.get());
            if (entryType.isEmpty()) {
                clean = false;
                shared.skipped().incrementAndGet();
            } else if (entryType.get().isDirectory()) {
                subdirectoriesLeft--;
                if (!name.equals(".git")) {
                    DirectoryWalk walk = new DirectoryWalk(shared, absolute + File.separator + name,
                            relative + name + "/", entryType.get());
                    walk.fork();
                    subdirectories.add(walk);
                    subdirectoryNames.add(name);
                }
            } else if (entryType.get().isRegularFile()) {
                fileNames.add(name);
            } // symlinks and special files found by a check are neither listed nor followed
        }
        String[] sortedFileNames = fileNames.toArray(String[]::new);
        Arrays.sort(sortedFileNames);
        shared.directories().put(directoryKey, new WorkingTree.DirectoryListing(sortedFileNames));
        if (clean && rememberable().isPresent()) {
            shared.memo().learn(directoryKey, new ListingMemo.Listing(rememberable().get(), sortedFileNames,
                    subdirectoryNames.toArray(String[]::new)));
        }
        List<List<SourceFile>> below = new ArrayList<>(subdirectories.size());
        for (DirectoryWalk walk : subdirectories) {
            below.add(walk.join());
        }
        return inPathOrder(sortedFileNames, subdirectoryNames, below);
    }

    /**
     * Merges this directory's files with its subdirectories' listings so the result is sorted by whole path,
     * without sorting the 86k paths of a kernel tree at the end: a subdirectory sorts as its name plus "/".
     */
    private List<SourceFile> inPathOrder(String[] sortedFileNames, List<String> subdirectoryNames,
                                         List<List<SourceFile>> below) {
        Integer[] order = new Integer[subdirectoryNames.size()];
        String[] keys = new String[order.length]; // once each, not twice per comparison
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            keys[i] = subdirectoryNames.get(i) + "/";
        }
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        int total = sortedFileNames.length;
        for (List<SourceFile> files : below) {
            total += files.size();
        }
        List<SourceFile> result = new ArrayList<>(total);
        int file = 0;
        for (Integer index : order) {
            String key = keys[index];
            while (file < sortedFileNames.length && sortedFileNames[file].compareTo(key) < 0) {
                result.add(new SourceFile(relative + sortedFileNames[file++], Optional.empty()));
            }
            result.addAll(below.get(index));
        }
        while (file < sortedFileNames.length) {
            result.add(new SourceFile(relative + sortedFileNames[file++], Optional.empty()));
        }
        return result;
    }

    /**
     * Java decodes file names with the locale's encoding ({@code sun.jnu.encoding}, fixed at start-up) and puts
     * U+FFFD for bytes it cannot decode: such a name cannot be opened again, since it no longer encodes to the
     * bytes on disk.
     */
    private static boolean undecodable(String name) {
        return name.indexOf('\uFFFD') >= 0;
    }

    /** The entry's path; empty when the locale cannot encode its name (a non-ASCII name under LANG=C). */
    private Optional<Path> pathOf(String name) {
        try {
            return Optional.of(Path.of(absolute, name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Names without a dot first: directories in a kernel tree almost never have one, most files do. */
    private static void orderLikelyDirectoriesFirst(String[] names) {
        int next = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].indexOf('.') < 0) {
                String swap = names[next];
                names[next++] = names[i];
                names[i] = swap;
            }
        }
    }

    /** What {@code lstat} says of an entry; the inode and times are known only with POSIX attributes. */
    private record EntryType(int mode, int linkCount, Optional<ListingMemo.DirectoryStat> stat) {
        boolean isDirectory() {
            return (mode & S_IFMT) == S_IFDIR;
        }

        boolean isRegularFile() {
            return (mode & S_IFMT) == S_IFREG;
        }
    }

    private static final boolean UNIX_ATTRIBUTES = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("unix");

    private static Optional<EntryType> lstat(Path path) {
        try {
            if (!UNIX_ATTRIBUTES) { // no link counts: every entry gets checked
                BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                int mode = attrs.isDirectory() ? S_IFDIR : attrs.isRegularFile() ? S_IFREG : 0;
                return Optional.of(new EntryType(mode, 0, Optional.empty()));
            }
            Map<String, Object> attrs = Files.readAttributes(path, "unix:mode,nlink,ino,lastModifiedTime,ctime",
                    LinkOption.NOFOLLOW_LINKS);
            ListingMemo.DirectoryStat stat = new ListingMemo.DirectoryStat((Long) attrs.get("ino"),
                    ((FileTime) attrs.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                    ((FileTime) attrs.get("ctime")).to(TimeUnit.NANOSECONDS));
            return Optional.of(new EntryType((Integer) attrs.get("mode"), (Integer) attrs.get("nlink"),
                    Optional.of(stat)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
