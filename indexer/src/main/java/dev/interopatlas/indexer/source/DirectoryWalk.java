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
    private final int linkCount;

    /** @param lister a directory's entry names, null when it cannot be read ({@link File#list()}) */
    private record Shared(Map<String, WorkingTree.DirectoryListing> directories, AtomicInteger skipped,
                          Function<String, String[]> lister, Queue<IndexWarning> warnings) {
    }

    private DirectoryWalk(Shared shared, String absolute, String relative, int linkCount) {
        this.shared = shared;
        this.absolute = absolute;
        this.relative = relative;
        this.linkCount = linkCount;
    }

    static Result run(Path root, ForkJoinPool pool, Function<String, String[]> lister) throws IOException {
        Shared shared = new Shared(new ConcurrentHashMap<>(), new AtomicInteger(), lister,
                new ConcurrentLinkedQueue<>());
        Optional<EntryType> rootType = lstat(root);
        int links = rootType.map(EntryType::linkCount).orElseThrow(() -> new IOException("cannot read " + root));
        List<SourceFile> files = pool.invoke(new DirectoryWalk(shared, root.toString(), "", links));
        List<IndexWarning> warnings = new ArrayList<>(shared.warnings());
        warnings.sort(Comparator.comparing(IndexWarning::path));
        return new Result(files, Map.copyOf(shared.directories()), shared.skipped().get(), List.copyOf(warnings));
    }

    @Override
    protected List<SourceFile> compute() {
        String[] names = shared.lister().apply(absolute);
        String directoryKey = relative.isEmpty() ? "" : relative.substring(0, relative.length() - 1);
        if (names == null) { // unreadable, or gone since its parent was listed
            shared.skipped().incrementAndGet();
            shared.warnings().add(new IndexWarning(directoryKey.isEmpty() ? "." : directoryKey, 0,
                    "directory not readable: its files are left out"));
            shared.directories().put(directoryKey, new WorkingTree.DirectoryListing(new String[0]));
            return List.of();
        }
        int subdirectoriesLeft = linkCount >= 2 ? linkCount - 2 : Integer.MAX_VALUE;
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
                shared.skipped().incrementAndGet();
                shared.warnings().add(new IndexWarning(relative + name.replace('\uFFFD', '?'), 0,
                        "name not valid in this locale's encoding (" + System.getProperty("sun.jnu.encoding")
                                + "; ? marks the bytes Java cannot decode): left out"));
                continue;
            }
            Optional<EntryType> type = lstat(entry.get());
            if (type.isEmpty()) {
                shared.skipped().incrementAndGet();
            } else if (type.get().isDirectory()) {
                subdirectoriesLeft--;
                if (!name.equals(".git")) {
                    DirectoryWalk walk = new DirectoryWalk(shared, absolute + File.separator + name,
                            relative + name + "/", type.get().linkCount());
                    walk.fork();
                    subdirectories.add(walk);
                    subdirectoryNames.add(name);
                }
            } else if (type.get().isRegularFile()) {
                fileNames.add(name);
            } // symlinks and special files found by a check are neither listed nor followed
        }
        String[] sortedFileNames = fileNames.toArray(String[]::new);
        Arrays.sort(sortedFileNames);
        shared.directories().put(directoryKey, new WorkingTree.DirectoryListing(sortedFileNames));
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
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> subdirectoryNames.get(a).concat("/")
                .compareTo(subdirectoryNames.get(b).concat("/")));
        int total = sortedFileNames.length;
        for (List<SourceFile> files : below) {
            total += files.size();
        }
        List<SourceFile> result = new ArrayList<>(total);
        int file = 0;
        for (Integer index : order) {
            String key = subdirectoryNames.get(index) + "/";
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

    private record EntryType(int mode, int linkCount) {
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
                return Optional.of(new EntryType(mode, 0));
            }
            Map<String, Object> attrs = Files.readAttributes(path, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new EntryType((Integer) attrs.get("mode"), (Integer) attrs.get("nlink")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
