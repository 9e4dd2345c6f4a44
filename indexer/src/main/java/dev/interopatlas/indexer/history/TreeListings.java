package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * Lists the trees of tagged commits, remembering every directory of the last tree listed by its tree object id.
 * As git's own tree diff does, a directory whose id did not change since that listing is never read again:
 * consecutive releases share most of their ~5,000 directories, so listing the next one reads only the few that
 * changed. Only the directories of the last full listing are kept, so memory stays that of one release.
 * Thread-safe.
 */
final class TreeListings {
    private final Repository repository;
    /** The directories of the last full listing, by tree id. */
    private Map<ObjectId, Directory> remembered = Map.of();
    /** The last top-level tree read alone, so listing that tag next does not read it twice. */
    private Map<ObjectId, Directory> lastTop = Map.of();
    private long treesRead;

    TreeListings(Repository repository) {
        this.repository = repository;
    }

    /** One entry of a tree object: a listed file, or a subdirectory known by its name and tree id. */
    sealed interface Entry permits FileEntry, DirectoryEntry {
    }

    record FileEntry(SourceFile file) implements Entry {
    }

    record DirectoryEntry(String name, ObjectId tree) implements Entry {
    }

    /**
     * One tree object read at {@code prefix} ("" for the top, else ending in {@code /}): its regular and
     * executable files with their full paths, and its subdirectories, in git's order. Symlinks and submodule
     * links are left out, as they are of every listing.
     */
    record Directory(String prefix, List<Entry> entries) {
        Directory {
            entries = List.copyOf(entries);
        }

        /** The same directory found at another path (a tree moved or copied unchanged): no object is read. */
        Directory at(String otherPrefix) {
            List<Entry> moved = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                moved.add(entry instanceof FileEntry f
                        ? new FileEntry(new SourceFile(otherPrefix + f.file().name(), f.file().blobId())) : entry);
            }
            return new Directory(otherPrefix, moved);
        }

        /** Whether a file named {@code name} is directly in this directory. */
        boolean hasFile(String name) {
            return entries.stream().anyMatch(e -> e instanceof FileEntry f && f.file().name().equals(name));
        }

        /** Whether a subdirectory named {@code name} is directly in this directory. */
        boolean hasDirectory(String name) {
            return entries.stream().anyMatch(e -> e instanceof DirectoryEntry d && d.name().equals(name));
        }

        List<SourceFile> files() {
            return entries.stream().filter(FileEntry.class::isInstance).map(e -> ((FileEntry) e).file()).toList();
        }
    }

    /** The top-level directory of {@code commit}'s tree: one tree object, nothing below it. */
    synchronized Directory top(String commit) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectId tree = rootTree(reader, commit);
            Directory top = lookup(tree, "", Map.of()).orElse(null);
            if (top == null) {
                top = read(reader, tree, "");
            }
            lastTop = Map.of(tree, top);
            return top;
        }
    }

    /** Every regular and executable file of {@code commit}'s tree, in git's order (byte order of the paths). */
    synchronized List<SourceFile> files(String commit) throws IOException {
        Map<ObjectId, Directory> seen = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            collect(reader, rootTree(reader, commit), "", files, seen);
        }
        remembered = seen;
        return files;
    }

    /** Tree objects read from the object database so far (directories reused from memory are not counted). */
    synchronized long treesRead() {
        return treesRead;
    }

    private static ObjectId rootTree(ObjectReader reader, String commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            RevCommit parsed = walk.parseCommit(ObjectId.fromString(commit));
            return parsed.getTree().copy();
        }
    }

    private void collect(ObjectReader reader, ObjectId tree, String prefix, List<SourceFile> files,
                         Map<ObjectId, Directory> seen) throws IOException {
        Directory directory = lookup(tree, prefix, seen).orElse(null);
        if (directory == null) {
            directory = read(reader, tree, prefix);
        }
        seen.put(tree, directory);
        for (Entry entry : directory.entries()) {
            if (entry instanceof FileEntry f) {
                files.add(f.file());
            } else if (entry instanceof DirectoryEntry d) {
                collect(reader, d.tree(), prefix + d.name() + "/", files, seen);
            }
        }
    }

    /** The directory with id {@code tree} from this listing or the last one, moved to {@code prefix} if needed. */
    private Optional<Directory> lookup(ObjectId tree, String prefix, Map<ObjectId, Directory> seen) {
        Directory known = seen.get(tree);
        if (known == null) {
            known = remembered.get(tree);
        }
        if (known == null) {
            known = lastTop.get(tree);
        }
        if (known == null) {
            return Optional.empty();
        }
        return Optional.of(known.prefix().equals(prefix) ? known : known.at(prefix));
    }

    private Directory read(ObjectReader reader, ObjectId tree, String prefix) throws IOException {
        treesRead++;
        List<Entry> entries = new ArrayList<>();
        MutableObjectId id = new MutableObjectId();
        for (CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree); !parser.eof();
             parser.next()) {
            FileMode mode = parser.getEntryFileMode();
            String name = name(parser.getEntryPathBuffer(), parser.getEntryPathLength());
            if (mode == FileMode.TREE) {
                entries.add(new DirectoryEntry(name, parser.getEntryObjectId()));
            } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                parser.getEntryObjectId(id);
                entries.add(new FileEntry(new SourceFile(prefix + name, Optional.of(id.name()))));
            }
        }
        return new Directory(prefix, entries);
    }

    /**
     * An entry name as JGit's own listing decodes it, without a CharsetDecoder for the usual ASCII name (a third
     * of the listing's allocations).
     */
    private static String name(byte[] raw, int length) {
        for (int i = 0; i < length; i++) {
            if (raw[i] < 0) {
                return RawParseUtils.decode(raw, 0, length);
            }
        }
        return new String(raw, 0, length, StandardCharsets.US_ASCII);
    }
}
