package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tree with a patch applied in memory: the files the patch touches are read from memory, every other file from
 * the tree below, which is never written. Patched files carry no blob id, so no cache keyed by blob takes them
 * for what they were. Bytes are handled as ISO-8859-1, so a patch applies byte for byte whatever the encoding.
 */
final class PatchedTree implements SourceTree {
    private static final int MAX_FUZZ_LINES = 1000;

    private final SourceTree base;
    private final Map<String, byte[]> patched;
    private final List<SourceFile> files;
    private final Map<String, SourceFile> byPath = new HashMap<>();
    private final Set<String> newDirectories = new HashSet<>();
    private final Set<String> deleted;
    private final String patchName;

    private PatchedTree(SourceTree base, Map<String, byte[]> patched, Set<String> deleted, String patchName) {
        this.base = base;
        this.patched = patched;
        this.patchName = patchName;
        this.deleted = Set.copyOf(deleted);
        List<SourceFile> listed = new ArrayList<>();
        for (SourceFile f : base.files()) {
            if (deleted.contains(f.path())) {
                continue;
            }
            listed.add(patched.containsKey(f.path()) ? new SourceFile(f.path(), Optional.empty()) : f);
        }
        for (String path : patched.keySet()) {
            if (base.file(path).isEmpty()) {
                listed.add(new SourceFile(path, Optional.empty()));
                for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                    newDirectories.add(path.substring(0, slash));
                }
            }
        }
        SourceFile.sortByPath(listed);
        this.files = List.copyOf(listed);
        files.forEach(f -> byPath.put(f.path(), f));
    }

    /** {@code patch} applied to {@code base}; fails naming the file and hunk that does not apply. */
    static PatchedTree apply(SourceTree base, UnifiedPatch patch, String patchName) throws PatchException, IOException {
        Map<String, byte[]> patched = new HashMap<>();
        Set<String> deleted = new HashSet<>();
        for (UnifiedPatch.FilePatch file : patch.files()) {
            String original = "";
            boolean hadNewline = true;
            if (file.oldPath().isPresent()) {
                String path = file.oldPath().get();
                byte[] bytes = patched.containsKey(path) ? patched.get(path)
                        : base.read(base.file(path).orElseThrow(() -> new PatchException(patchName + ": " + path
                        + " is not a file of " + base.displayName())));
                original = new String(bytes, StandardCharsets.ISO_8859_1);
            } else if (base.file(file.path()).isPresent()) {
                throw new PatchException(patchName + ": creates " + file.path() + ", which already exists in "
                        + base.displayName());
            }
            Lines lines = splitLines(original);
            List<String> text = new ArrayList<>(lines.lines());
            hadNewline = lines.endsWithNewline();
            int offset = 0;
            for (UnifiedPatch.Hunk hunk : file.hunks()) {
                List<String> old = hunk.oldLines();
                int expected = Math.max(0, (hunk.oldStart() == 0 ? 0 : hunk.oldStart() - 1) + offset);
                int at = find(text, old, expected);
                if (at < 0) {
                    throw new PatchException(patchName + ": hunk #" + hunk.number() + " (" + hunk.header() + ") of "
                            + file.path() + " does not apply to " + base.displayName() + ": its "
                            + (old.isEmpty() ? "position" : "context and removed lines") + " at line "
                            + (expected + 1) + " are not in the file");
                }
                List<String> replacement = hunk.newLines();
                for (int k = 0; k < old.size(); k++) {
                    text.remove(at);
                }
                text.addAll(at, replacement);
                offset += replacement.size() - old.size() + (at - expected);
                if (at + replacement.size() == text.size()) {
                    hadNewline = !hunk.newNoNewlineAtEnd();
                }
            }
            file.oldPath().filter(p -> file.newPath().map(n -> !n.equals(p)).orElse(true)).ifPresent(deleted::add);
            if (file.newPath().isPresent()) {
                String joined = String.join("\n", text) + (hadNewline && !text.isEmpty() ? "\n" : "");
                patched.put(file.newPath().get(), joined.getBytes(StandardCharsets.ISO_8859_1));
                deleted.remove(file.newPath().get());
            } else {
                patched.remove(file.oldPath().get());
            }
        }
        return new PatchedTree(base, patched, deleted, patchName);
    }

    /** Where {@code old} occurs in {@code text}, nearest {@code expected} first (as patch searches with an offset). */
    private static int find(List<String> text, List<String> old, int expected) {
        for (int distance = 0; distance <= MAX_FUZZ_LINES; distance++) {
            for (int at : new int[] {expected - distance, expected + distance}) {
                if (at >= 0 && at + old.size() <= text.size() && text.subList(at, at + old.size()).equals(old)) {
                    return at;
                }
                if (distance == 0) {
                    break;
                }
            }
        }
        return -1;
    }

    record Lines(List<String> lines, boolean endsWithNewline) {
    }

    /** Lines split at '\n' only (a '\r' stays part of its line, as patch sees it). */
    static Lines splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        boolean newline = start == text.length();
        if (!newline) {
            lines.add(text.substring(start));
        }
        return new Lines(lines, newline);
    }

    /** The paths the patch changed, created or deleted. */
    Set<String> touched() {
        Set<String> touched = new HashSet<>(patched.keySet());
        touched.addAll(deleted);
        return touched;
    }

    boolean isPatched(String path) {
        return patched.containsKey(path);
    }

    SourceTree base() {
        return base;
    }

    @Override
    public String displayName() {
        return base.displayName() + " + " + patchName;
    }

    @Override
    public Optional<String> release() {
        return Optional.empty();
    }

    @Override
    public List<SourceFile> files() {
        return files;
    }

    @Override
    public Optional<SourceFile> file(String path) {
        SourceFile listed = byPath.get(path);
        if (listed != null) {
            return Optional.of(listed);
        }
        // a working tree may answer for files its listing skipped checking; deleted ones stay deleted
        return deleted.contains(path) ? Optional.empty() : base.file(path);
    }

    @Override
    public boolean isDirectory(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return base.isDirectory(trimmed) || newDirectories.contains(trimmed);
    }

    @Override
    public byte[] read(SourceFile file) throws IOException {
        byte[] bytes = patched.get(file.path());
        if (bytes != null) {
            return bytes.clone();
        }
        return base.read(base.file(file.path()).orElse(file));
    }

    @Override
    public void close() {
        // the base tree belongs to the caller
    }
}
