package dev.interopatlas.app.ui.details;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.metrics.SafetyPlaceholder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines around {@code path:line} through a {@link SourceTree} and marks {@code unsafe} and
 * {@code SAFETY:}, a placeholder {@code SAFETY:} (TODO, FIXME, nothing said) apart from a justifying one.
 */
public final class SourceExcerpt {
    private static final Pattern UNSAFE = Pattern.compile("\\bunsafe\\b");
    private static final Pattern SAFETY = Pattern.compile(Pattern.quote(SafetyPlaceholder.MARK));

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
            out.add(new ExcerptLine(n, l, n == target, spans(lines, n - 1)));
        }
        return out;
    }

    /** The {@code unsafe} keywords and {@code SAFETY:} markers of one line taken alone, in order. */
    public static List<ExcerptLine.Span> spans(String line) {
        return spans(new String[] {line}, 0);
    }

    /**
     * The spans of {@code lines[index]}; the lines below tell whether a {@code SAFETY:} there is continued on
     * the following {@code //} lines (then it is no placeholder).
     */
    public static List<ExcerptLine.Span> spans(String[] lines, int index) {
        String line = lines[index];
        List<ExcerptLine.Span> spans = new ArrayList<>();
        Matcher unsafe = UNSAFE.matcher(line);
        while (unsafe.find()) {
            spans.add(new ExcerptLine.Span(unsafe.start(), unsafe.end(), ExcerptLine.Kind.UNSAFE));
        }
        Matcher safety = SAFETY.matcher(line);
        while (safety.find()) {
            String justification = SafetyPlaceholder.justification(line.substring(safety.end()),
                    k -> commentLine(lines, index + 1 + k));
            spans.add(new ExcerptLine.Span(safety.start(), safety.end(), SafetyPlaceholder.isPlaceholder(
                    justification) ? ExcerptLine.Kind.SAFETY_PLACEHOLDER : ExcerptLine.Kind.SAFETY));
        }
        spans.sort(java.util.Comparator.comparingInt(ExcerptLine.Span::start));
        return spans;
    }

    /** The line when it holds only a {@code //} comment (the lexer is not at hand here; this is for colour). */
    private static Optional<String> commentLine(String[] lines, int at) {
        if (at >= lines.length) {
            return Optional.empty();
        }
        String trimmed = lines[at].strip();
        return trimmed.startsWith("//") ? Optional.of(trimmed) : Optional.empty();
    }
}
