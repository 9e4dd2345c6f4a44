package dev.interopatlas.indexer.impact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff as {@code git diff} or a mailing-list patch gives it: per file, its hunks. Paths lose git's
 * {@code a/} and {@code b/} (as {@code patch -p1}); {@code /dev/null} marks a new or deleted file. Mail headers and
 * the commit message before the first {@code ---} are skipped.
 */
record UnifiedPatch(List<FilePatch> files) {
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

    UnifiedPatch {
        files = List.copyOf(files);
    }

    /** One file's hunks; {@code oldPath} empty for a new file, {@code newPath} empty for a deleted one. */
    record FilePatch(Optional<String> oldPath, Optional<String> newPath, List<Hunk> hunks) {
        FilePatch {
            hunks = List.copyOf(hunks);
        }

        String path() {
            return newPath.or(() -> oldPath).orElseThrow();
        }
    }

    /**
     * @param header  the {@code @@ … @@} line, to name the hunk in errors
     * @param lines   each line with its prefix: ' ' context, '-' removed, '+' added
     * @param oldStart 1-based first line on the old side (0 for an empty old file)
     */
    record Hunk(String header, int number, int oldStart, List<String> lines, boolean oldNoNewlineAtEnd,
                boolean newNoNewlineAtEnd) {
        Hunk {
            lines = List.copyOf(lines);
        }

        List<String> oldLines() {
            return lines.stream().filter(l -> l.charAt(0) != '+').map(l -> l.substring(1)).toList();
        }

        List<String> newLines() {
            return lines.stream().filter(l -> l.charAt(0) != '-').map(l -> l.substring(1)).toList();
        }
    }

    static UnifiedPatch parse(byte[] bytes, String name) throws PatchException {
        List<String> lines = PatchedTree.splitLines(new String(bytes, StandardCharsets.ISO_8859_1)).lines();
        List<FilePatch> files = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!(line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ "))) {
                i++;
                continue;
            }
            Optional<String> oldPath = path(line.substring(4));
            Optional<String> newPath = path(lines.get(i + 1).substring(4));
            if (oldPath.isEmpty() && newPath.isEmpty()) {
                throw new PatchException(name + ":" + (i + 1) + ": a file patch from /dev/null to /dev/null");
            }
            i += 2;
            List<Hunk> hunks = new ArrayList<>();
            while (i < lines.size() && lines.get(i).startsWith("@@")) {
                Matcher m = HUNK.matcher(lines.get(i));
                if (!m.matches()) {
                    throw new PatchException(name + ":" + (i + 1) + ": not a hunk header: " + lines.get(i));
                }
                String header = lines.get(i);
                int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
                int oldStart = Integer.parseInt(m.group(1));
                i++;
                List<String> body = new ArrayList<>();
                int oldSeen = 0;
                int newSeen = 0;
                boolean oldNoNewline = false;
                boolean newNoNewline = false;
                while (i < lines.size() && (oldSeen < oldCount || newSeen < newCount
                        || lines.get(i).startsWith("\\"))) {
                    String l = lines.get(i);
                    if (l.startsWith("\\")) { // "\ No newline at end of file" applies to the line before
                        char last = body.isEmpty() ? ' ' : body.get(body.size() - 1).charAt(0);
                        oldNoNewline |= last != '+';
                        newNoNewline |= last != '-';
                        i++;
                        continue;
                    }
                    String entry = l.isEmpty() ? " " : l; // some mailers strip the space of an empty context line
                    char kind = entry.charAt(0);
                    if (kind != ' ' && kind != '-' && kind != '+') {
                        throw new PatchException(name + ":" + (i + 1) + ": hunk " + header + " of "
                                + newPath.or(() -> oldPath).orElse("?") + " ends early (expected "
                                + oldCount + " old and " + newCount + " new lines)");
                    }
                    body.add(entry);
                    oldSeen += kind != '+' ? 1 : 0;
                    newSeen += kind != '-' ? 1 : 0;
                    i++;
                }
                if (oldSeen != oldCount || newSeen != newCount) {
                    throw new PatchException(name + ": hunk " + header + " of " + newPath.or(() -> oldPath)
                            .orElse("?") + " is truncated");
                }
                hunks.add(new Hunk(header, hunks.size() + 1, oldStart, body, oldNoNewline, newNoNewline));
            }
            files.add(new FilePatch(oldPath, newPath, hunks));
        }
        if (files.isEmpty()) {
            throw new PatchException(name + ": no unified diff in it (no ---/+++ file header)");
        }
        return new UnifiedPatch(files);
    }

    /** {@code a/include/x.h} → include/x.h; {@code /dev/null} → empty; a tab and timestamp after it dropped. */
    private static Optional<String> path(String field) {
        String p = field;
        int tab = p.indexOf('\t');
        if (tab >= 0) {
            p = p.substring(0, tab);
        }
        p = p.strip();
        if (p.equals("/dev/null")) {
            return Optional.empty();
        }
        if (p.startsWith("a/") || p.startsWith("b/")) {
            p = p.substring(2);
        }
        return Optional.of(p);
    }
}
