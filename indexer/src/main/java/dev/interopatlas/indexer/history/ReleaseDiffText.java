package dev.interopatlas.indexer.history;

import dev.interopatlas.model.history.FileUnsafeChange;
import dev.interopatlas.model.history.ReleaseDiff;
import java.util.Comparator;
import java.util.List;

/** A plain-text rendering of a {@link ReleaseDiff} for the terminal. */
public final class ReleaseDiffText {
    /** How many names of each list and how many unsafe changes are printed before "... N more". */
    public static final int DEFAULT_LIMIT = 40;

    private ReleaseDiffText() {
    }

    public static String render(ReleaseDiff diff) {
        return render(diff, DEFAULT_LIMIT);
    }

    public static String render(ReleaseDiff diff, int limit) {
        StringBuilder out = new StringBuilder();
        out.append("Rust/C boundary changes ").append(diff.from()).append(" -> ").append(diff.to()).append('\n');
        section(out, "Abstraction modules added", "+", diff.modulesAdded(), limit);
        section(out, "Abstraction modules removed", "-", diff.modulesRemoved(), limit);
        section(out, "C symbols newly bound", "+", diff.symbolsNewlyBound(), limit);
        section(out, "C symbols no longer bound", "-", diff.symbolsNoLongerBound(), limit);
        section(out, "Consumers added", "+", diff.consumersAdded(), limit);
        section(out, "Consumers removed", "-", diff.consumersRemoved(), limit);
        out.append('\n').append("Unsafe sites: ").append(diff.unsafeBefore()).append(" -> ")
                .append(diff.unsafeAfter()).append(" (").append(signed(diff.unsafeAfter() - diff.unsafeBefore()))
                .append("), ").append(diff.unsafeChanges().size()).append(" files changed\n");
        List<FileUnsafeChange> biggest = diff.unsafeChanges().stream()
                .sorted(Comparator.comparingInt((FileUnsafeChange c) -> -Math.abs(c.delta()))
                        .thenComparing(FileUnsafeChange::path))
                .limit(limit).toList();
        for (FileUnsafeChange change : biggest) {
            out.append(String.format("  %6s  %4d -> %-4d %s%n", signed(change.delta()), change.before(),
                    change.after(), change.path()));
        }
        more(out, diff.unsafeChanges().size(), limit);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String mark, List<String> names, int limit) {
        out.append('\n').append(title).append(" (").append(names.size()).append(")\n");
        names.stream().limit(limit).forEach(name -> out.append("  ").append(mark).append(' ').append(name)
                .append('\n'));
        more(out, names.size(), limit);
    }

    private static void more(StringBuilder out, int size, int limit) {
        if (size > limit) {
            out.append("  ... ").append(size - limit).append(" more\n");
        }
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
