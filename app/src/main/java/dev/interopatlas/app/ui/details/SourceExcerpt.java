package dev.interopatlas.app.ui.details;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines around {@code path:line} through a {@link SourceTree} and marks {@code unsafe} and {@code SAFETY:}. */
public final class SourceExcerpt {
    private static final Pattern UNSAFE = Pattern.compile("\\bunsafe\\b");
    private static final Pattern SAFETY = Pattern.compile("SAFETY:");

    private SourceExcerpt() {
    }

    /**
     * Lines {@code line - radius .. line + radius} (1-based) of {@code path}. Fails with a message naming the
     * file when it is not in the tree or cannot be read.
     */
    public static List<ExcerptLine> read(SourceTree tree, String path, int line, int radius) throws IOException {
        SourceFile file = tree.file(path).orElseThrow(() -> new IOException(
                path + " is not in " + tree.displayName() + "; the tree changed since it was indexed: open it again."));
        String text = new String(tree.read(file), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        int target = Math.max(1, Math.min(line, lines.length));
        int from = Math.max(1, target - radius);
        int to = Math.min(lines.length, target + radius);
        List<ExcerptLine> out = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            String l = lines[n - 1];
            out.add(new ExcerptLine(n, l, n == target, spans(l)));
        }
        return out;
    }

    /** The {@code unsafe} keywords and {@code SAFETY:} markers of one line, in order. */
    public static List<ExcerptLine.Span> spans(String line) {
        List<ExcerptLine.Span> spans = new ArrayList<>();
        add(spans, UNSAFE.matcher(line), ExcerptLine.Kind.UNSAFE);
        add(spans, SAFETY.matcher(line), ExcerptLine.Kind.SAFETY);
        spans.sort(java.util.Comparator.comparingInt(ExcerptLine.Span::start));
        return spans;
    }

    private static void add(List<ExcerptLine.Span> spans, Matcher m, ExcerptLine.Kind kind) {
        while (m.find()) {
            spans.add(new ExcerptLine.Span(m.start(), m.end(), kind));
        }
    }
}
