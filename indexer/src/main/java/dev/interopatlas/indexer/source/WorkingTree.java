package dev.interopatlas.indexer.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** Lists every regular file below {@code root}. */
    public static WorkingTree open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        List<SourceFile> files = new ArrayList<>();
        int[] skipped = {0};
        Files.walkFileTree(absolute, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(new SourceFile(relative(absolute, file), attrs.size(), Optional.empty()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                skipped[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::path));
        return new WorkingTree(absolute, files, skipped[0]);
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

    @Override
    public byte[] read(SourceFile file) throws IOException {
        try {
            return Files.readAllBytes(root.resolve(file.path()));
        } catch (IOException e) {
            throw new IOException("cannot read " + file.path() + " in " + root + ": " + e.getMessage(), e);
        }
    }
}
