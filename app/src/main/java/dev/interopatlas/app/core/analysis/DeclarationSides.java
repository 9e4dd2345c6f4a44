package dev.interopatlas.app.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Both versions of a changed declaration side by side. The report keeps each version as one normalised line
 * (whitespace and comments dropped; a preview cut at 160 characters), so it is first broken where a reader would
 * break it: after {@code ;} and {@code {}, before {@code }}, and after each parameter's comma. The two line lists are then aligned by their
 * longest common subsequence: a line on one side only is a changed row.
 */
public final class DeclarationSides {
    /** What a side without the declaration shows (an addition's older side, a removal's newer side). */
    public static final String ABSENT = "(absent)";

    /**
     * One row: the older line on the left, the newer on the right; a side is empty where the other side has a
     * line it lacks.
     */
    public record Row(Optional<String> before, Optional<String> after) {
        /** Whether the row differs (a line on one side only). */
        public boolean changed() {
            return !before.equals(after);
        }
    }

    private DeclarationSides() {
    }

    /** The aligned rows of two versions; an absent side shows {@link #ABSENT} against every line of the other. */
    public static List<Row> rows(Optional<String> before, Optional<String> after) {
        List<String> older = before.map(DeclarationSides::lines).orElse(List.of(ABSENT));
        List<String> newer = after.map(DeclarationSides::lines).orElse(List.of(ABSENT));
        return align(older, newer);
    }

    /**
     * A normalised declaration broken into reading lines, each trimmed; empty lines dropped. A name with several
     * texts (a prototype and its static inline fallback) has them joined by {@code " | "}: each starts a line.
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String alternative : text.split(" \\| ", -1)) {
            breakInto(alternative, lines);
        }
        return lines;
    }

    private static void breakInto(String text, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int parens = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}') {
                flush(line, lines);
            }
            line.append(c);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            }
            if (c == ';' || c == '{' || c == ',' && parens == 1) {
                flush(line, lines);
            }
        }
        flush(line, lines);
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().trim();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    /** Longest-common-subsequence alignment; declarations are a few dozen lines, so the table is small. */
    static List<Row> align(List<String> older, List<String> newer) {
        int n = older.size();
        int m = newer.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = older.get(i).equals(newer.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && older.get(i).equals(newer.get(j))) {
                rows.add(new Row(Optional.of(older.get(i++)), Optional.of(newer.get(j++))));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                rows.add(new Row(Optional.of(older.get(i++)), Optional.empty()));
            } else {
                rows.add(new Row(Optional.empty(), Optional.of(newer.get(j++))));
            }
        }
        return pairReplacements(rows);
    }

    /**
     * A run of removed lines followed by a run of added lines is a replacement: put them on the same rows so the
     * changed parameter sits next to its new version instead of below it.
     */
    private static List<Row> pairReplacements(List<Row> rows) {
        List<Row> paired = new ArrayList<>();
        int k = 0;
        while (k < rows.size()) {
            int removedEnd = k;
            while (removedEnd < rows.size() && rows.get(removedEnd).after().isEmpty()) {
                removedEnd++;
            }
            int addedEnd = removedEnd;
            while (addedEnd < rows.size() && rows.get(addedEnd).before().isEmpty()) {
                addedEnd++;
            }
            if (removedEnd == k && addedEnd == k) {
                paired.add(rows.get(k++));
                continue;
            }
            int removed = removedEnd - k;
            int added = addedEnd - removedEnd;
            for (int r = 0; r < Math.max(removed, added); r++) {
                paired.add(new Row(r < removed ? rows.get(k + r).before() : Optional.empty(),
                        r < added ? rows.get(removedEnd + r).after() : Optional.empty()));
            }
            k = addedEnd;
        }
        return paired;
    }
}
