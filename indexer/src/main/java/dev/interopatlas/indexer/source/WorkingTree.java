package dev.interopatlas.indexer.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kernel checkout on disk. Symlinks are never followed (so link loops cannot trap the walk) and {@code .git}
 * is skipped; unreadable directories are skipped and counted.
 */
public final class WorkingTree extends ListedSourceTree {
    private final Path root;
    private final int skippedDirectories;

    private WorkingTree(Path root, List<SourceFile> files, int skippedDirectories) {
        super(files);
        this.root = root;
        this.skippedDirectories = skippedDirectories;
    }

    /** Lists every regular file below {@code root}, walking directories in parallel. */
    public static WorkingTree open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is not a directory");
        }
        AtomicInteger skipped = new AtomicInteger();
        List<SourceFile> files = ForkJoinPool.commonPool()
                .invoke(new DirectoryWalk(absolute, absolute, skipped));
        files.sort(Comparator.comparing(SourceFile::path));
        return new WorkingTree(absolute, files, skipped.get());
    }

    /**
     * Lists one directory and forks a task per subdirectory: the walk is bound by one lstat per entry, which
     * parallelises well. Symlinks are neither followed nor listed.
     */
    private static final class DirectoryWalk extends RecursiveTask<List<SourceFile>> {
        private final Path root;
        private final Path dir;
        private final AtomicInteger skipped;

        DirectoryWalk(Path root, Path dir, AtomicInteger skipped) {
            this.root = root;
            this.dir = dir;
            this.skipped = skipped;
        }

        @Override
        protected List<SourceFile> compute() {
            List<SourceFile> files = new ArrayList<>();
            List<DirectoryWalk> subdirectories = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        skipped.incrementAndGet();
                        continue;
                    }
                    if (attrs.isDirectory()) {
                        if (!entry.getFileName().toString().equals(".git")) {
                            DirectoryWalk walk = new DirectoryWalk(root, entry, skipped);
                            walk.fork();
                            subdirectories.add(walk);
                        }
                    } else if (attrs.isRegularFile()) {
                        files.add(new SourceFile(relative(root, entry), attrs.size(), Optional.empty()));
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                skipped.incrementAndGet();
            }
            for (DirectoryWalk walk : subdirectories) {
                files.addAll(walk.join());
            }
            return files;
        }
    }

    private static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString();
        return java.io.File.separatorChar == '/' ? rel : rel.replace(java.io.File.separatorChar, '/');
    }

    public Path root() {
        return root;
    }

    /** Directories or files the walk could not read. */
    public int skippedEntries() {
        return skippedDirectories;
    }

    @Override
    public String displayName() {
        return root.toString();
    }

    @Override
    public Optional<String> release() {
        return Optional.empty();
    }

    /** Larger files are not source code anyone wrote (the kernel's biggest header is a few MB); never load them. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    @Override
    public byte[] read(SourceFile file) throws IOException {
        if (file.size() > MAX_FILE_BYTES) {
            throw new IOException(file.path() + " is " + (file.size() >> 20) + " MB, more than the "
                    + (MAX_FILE_BYTES >> 20) + " MB a source file may have; skipped");
        }
        try {
            return Files.readAllBytes(root.resolve(file.path()));
        } catch (IOException e) {
            throw new IOException("cannot read " + file.path() + " in " + root + ": " + e.getMessage(), e);
        }
    }
}
