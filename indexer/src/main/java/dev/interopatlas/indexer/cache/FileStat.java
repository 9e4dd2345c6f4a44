package dev.interopatlas.indexer.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What git's index compares to decide that a file is unchanged without reading it: size, modification time and
 * inode ({@code fileKey}). A file modified within {@link #RACY_NANOS} before it was checked is "racily clean" in
 * git's words: a later change in the same clock tick would keep its time stamp, so nothing is concluded from it.
 *
 * @param fileKey the file system's identity of the file ({@code (dev=…,ino=…)} on Linux), or "" when unknown
 */
record FileStat(long size, long modifiedNanos, String fileKey) {
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** The stat of a regular file (symlinks not followed), empty when it is not one or cannot be read. */
    static Optional<FileStat> of(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            Object key = attrs.fileKey();
            return Optional.of(new FileStat(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    key == null ? "" : key.toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The time the check starts, to compare with {@link #racy}: taken before any file is looked at. */
    static long now() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    }

    /** Whether the file was modified too shortly before {@code checkedAt} to trust its stat later. */
    boolean racy(long checkedAt) {
        return modifiedNanos >= checkedAt - RACY_NANOS;
    }

    /** One line of text, without tabs or newlines. */
    String text() {
        String key = fileKey;
        if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
            key = key.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return size + " " + modifiedNanos + " " + key;
    }
}
