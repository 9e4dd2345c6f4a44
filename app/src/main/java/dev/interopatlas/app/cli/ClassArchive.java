package dev.interopatlas.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The class-data-sharing archive of the child JVM ({@link ChildJvm}): the jar's classes, parsed and verified once
 * per jar and JDK and then mapped by every run, as {@code -XX:SharedArchiveFile} does for a JDK's own classes.
 *
 * <p>A static archive, not a dynamic one ({@code -XX:ArchiveClassesAtExit}, which this used until 2026-11-30): on
 * JDK 17 a dynamic archive leaves out every class file older than Java 6 once it is linked, and picocli's 176
 * classes are Java 5 class files; each run then parsed and verified them again (0.08-0.15 s of a cached 7.3
 * index). A static archive keeps them, and the JDK classes and lambda forms the run used (docs/decisions/0008).
 * It costs more once: a run without an archive for this jar writes the list of classes it loaded
 * ({@code -XX:DumpLoadedClassList}), and when the command succeeded a second JVM builds the archive from that
 * list ({@code -Xshare:dump}, 1.5 s of CPU), to a temporary name renamed into place; if that fails, a marker file
 * says so and later runs of that jar go without an archive. The name holds hashes of the jar's path, of its size
 * and time, and of the JDK and JVM flags, so a rebuilt jar, another JDK or other flags get their own; archives of
 * earlier builds of the same jar, and any unused for 30 days, are deleted then. The JVM checks the jar again when
 * it maps an archive and runs without it if they differ; its CDS messages are turned off, since a command may
 * write its result to stdout.
 */
final class ClassArchive {
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final String SUFFIX = ".jsa";
    /** In the name's hash: archives dumped before the child named its jar by its real path do not match it. */
    private static final String ARCHIVE_FORMAT = "\nreal jar path";
    private static final String FAILED = ".failed";
    private static final long STALE_MILLIS = 3_600_000L;
    private static final long UNUSED_MILLIS = 30L * 24 * 3_600_000L;

    /**
     * What the child gets.
     *
     * @param options     the JVM options that use the archive or list the classes for it
     * @param written     the temporary class list the child writes, from which {@link #finish} builds
     *                    {@code archive} once the child succeeded
     */
    record Plan(List<String> options, Optional<Path> written, Path archive) {
    }

    private ClassArchive() {
    }

    /** The default folder, {@code ~/.cache/interop-atlas/cds}. */
    static Path defaultDirectory() {
        return dev.interopatlas.indexer.io.CacheRoot.directory().resolve("cds");
    }

    /**
     * The archive options for a child running {@code jar} with {@code flags}, or empty when the user set up class
     * sharing (or turned it off) or the jar cannot be read.
     */
    static Optional<Plan> plan(Path directory, Path jar, String jdk, List<String> flags, List<String> userOptions) {
        for (String o : userOptions) { // loops, not streams: the parent JVM runs this (see ChildJvm)
            if (o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit")
                    || o.contains("UseSharedSpaces") || o.contains("SharedClassListFile")
                    || o.contains("DumpLoadedClassList")) {
                return Optional.empty();
            }
        }
        Optional<String> key = key(jar, jdk, flags);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Path archive = directory.resolve("interop-atlas-" + key.get() + SUFFIX);
        if (Files.exists(failedMarker(archive))) {
            return Optional.empty(); // this JDK could not build one for this jar: do not pay for it on every run
        }
        if (Files.isRegularFile(archive)) {
            touch(archive);
            return Optional.of(new Plan(withQuiet("-XX:SharedArchiveFile=" + archive), Optional.empty(), archive));
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            return Optional.empty();
        }
        Path classList = directory.resolve("interop-atlas-" + key.get() + "." + UUID.randomUUID() + ".classlist.tmp");
        return Optional.of(new Plan(withQuiet("-XX:DumpLoadedClassList=" + classList), Optional.of(classList),
                archive));
    }

    private static List<String> withQuiet(String option) {
        List<String> options = new ArrayList<>();
        options.add(option);
        options.addAll(QUIET);
        return List.copyOf(options);
    }

    /** Builds a static archive at {@code archive} from {@code classList}; true when it did. */
    @FunctionalInterface
    interface Dump {
        boolean write(Path classList, Path archive);
    }

    /**
     * {@code java FLAGS -Xshare:dump} over {@code classPath}, spelled as the child's {@code -jar} spells it (the JVM
     * compares the class path it maps with the one the archive was built for), its output discarded.
     */
    static Dump withJava(String java, List<String> flags, String classPath) {
        return new JavaDump(java, flags, classPath);
    }

    /** A class rather than a lambda, since the parent JVM runs it (see {@link ChildJvm}). */
    private record JavaDump(String java, List<String> flags, String classPath) implements Dump {
        @Override
        public boolean write(Path classList, Path archive) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(flags);
            command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + archive, "-cp", classPath));
            try {
                return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * After a run that listed its classes: when it succeeded, the archive built from that list and renamed into
     * place; older archives and leftovers removed. The list is deleted either way.
     */
    static void finish(Plan plan, int exitCode, Dump dump) {
        if (plan.written().isEmpty()) {
            return;
        }
        Path classList = plan.written().get();
        Path built = plan.archive().resolveSibling(plan.archive().getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            if (exitCode != 0 || !Files.isRegularFile(classList) || Files.size(classList) == 0) {
                return; // the next run lists its classes again
            }
            if (dump.write(classList, built) && Files.isRegularFile(built) && Files.size(built) > 0) {
                try {
                    Files.move(built, plan.archive(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(built, plan.archive(), StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.write(failedMarker(plan.archive()), new byte[0]);
            }
            removeOthers(plan.archive());
        } catch (IOException e) {
            // no archive this time: the next run tries again
        } finally {
            try {
                Files.deleteIfExists(classList);
                Files.deleteIfExists(built);
            } catch (IOException e) {
                // removed as stale by a later run
            }
        }
    }

    /**
     * Beside where the archive would be: the dump failed once for this jar, JDK and flags, so runs go without
     * (a rebuilt jar or another JDK has another name and tries again).
     */
    private static Path failedMarker(Path archive) {
        return archive.resolveSibling(archive.getFileName() + FAILED);
    }

    /**
     * Archives (and failure markers) of earlier builds of the same jar (same path part, other build part), archives unused for 30 days,
     * and temporary files of runs that died over an hour ago.
     */
    private static void removeOthers(Path kept) throws IOException {
        long now = System.currentTimeMillis();
        String keptName = kept.getFileName().toString();
        String samePath = keptName.substring(0, keptName.indexOf('-', "interop-atlas-".length()) + 1);
        String sameBuild = keptName.substring(0, keptName.indexOf('-', samePath.length()) + 1);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(kept.getParent(), "interop-atlas-*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                long age = now - Files.getLastModifiedTime(entry).toMillis();
                boolean archiveOrMarker = name.endsWith(SUFFIX) || name.endsWith(SUFFIX + FAILED);
                boolean earlierBuild = archiveOrMarker && name.startsWith(samePath) && !name.startsWith(sameBuild);
                boolean unused = archiveOrMarker && age > UNUSED_MILLIS;
                boolean staleTemporary = name.endsWith(".tmp") && age > STALE_MILLIS;
                if (!entry.equals(kept) && (earlierBuild || unused || staleTemporary)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** Marks an archive as used (its time stamp), so it is not deleted as unused. */
    private static void touch(Path archive) {
        try {
            if (System.currentTimeMillis() - Files.getLastModifiedTime(archive).toMillis() > 24 * 3_600_000L) {
                Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(
                        System.currentTimeMillis()));
            }
        } catch (IOException e) {
            // at worst it is written again in a month
        }
    }

    /** {@code PATH-BUILD-ENV}: hashes of the jar's real path, of its size and time, of the JDK and flags. */
    static Optional<String> key(Path jar, String jdk, List<String> flags) {
        try {
            Path real = jar.toRealPath();
            BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(hash(real.toString()) + "-" + hash(attrs.size() + " "
                    + attrs.lastModifiedTime().toMillis()) + "-" + hash(jdk + "\n" + String.join(" ", flags)
                    + ARCHIVE_FORMAT));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * FNV-1a, 8 hex digits: the JVM checks the jar itself, so this only keeps jars, builds and JDKs apart; and
     * MessageDigest would load the security providers in the parent before the child is started.
     */
    private static String hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        String hex = Integer.toHexString((int) (hash ^ (hash >>> 32)));
        return "0".repeat(8 - hex.length()) + hex;
    }
}
