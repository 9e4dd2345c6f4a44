package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.PathRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a path or {@code use} tree after {@code kernel::} / {@code crate::} and records one {@link PathRef} per
 * leaf: groups are expanded, {@code self} and {@code *} name their prefix, and a path stops after the first
 * segment that is followed by anything but {@code ::ident}, {@code ::{} or {@code ::*} (so generics
 * {@code ::<}, macro {@code !} and calls end it).
 */
final class PathTree {
    private final List<Token> code;
    private final int[] match;
    private final String root;
    private final List<PathRef> out;
    private int depth;

    PathTree(List<Token> code, int[] match, String root, List<PathRef> out) {
        this.code = code;
        this.match = match;
        this.root = root;
        this.out = out;
    }

    /** Deeper trees are not real code; the cut keeps recursion far from the stack limit. */
    private static final int MAX_DEPTH = 64;

    /** Parses the tree at {@code j} below {@code prefix}; returns the index after it. */
    int parse(int j, List<String> prefix) {
        if (prefix.size() > MAX_DEPTH || depth > MAX_DEPTH) {
            return j;
        }
        if (j >= code.size()) {
            emit(prefix, code.isEmpty() ? 0 : code.get(code.size() - 1).line());
            return j;
        }
        Token t = code.get(j);
        if (t.isPunct("{")) {
            int close = match[j] > j ? match[j] : code.size();
            int k = j + 1;
            depth++;
            while (k < close) {
                k = Math.max(parse(k, prefix), k + 1);
                // Past anything the entry did not consume (such as "as alias") to the next entry.
                while (k < close && !code.get(k).isPunct(",")) {
                    k = skip(k);
                }
                k++;
            }
            depth--;
            return Math.min(close + 1, code.size());
        }
        if (t.isPunct("*")) {
            emit(prefix, t.line());
            return j + 1;
        }
        if (t.isKeyword("self")) {
            emit(prefix, t.line());
            return j + 1;
        }
        if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.RAW_IDENT || t.kind() == TokenKind.KEYWORD) {
            List<String> segments = new ArrayList<>(prefix);
            segments.add(RustFileAnalyzer.identText(t));
            if (j + 2 < code.size() && code.get(j + 1).isPunct("::")) {
                Token after = code.get(j + 2);
                if (after.isPunct("{") || after.isPunct("*") || after.kind() == TokenKind.IDENT
                        || after.kind() == TokenKind.RAW_IDENT || after.kind() == TokenKind.KEYWORD) {
                    return parse(j + 2, segments);
                }
            }
            emit(segments, t.line());
            return j + 1;
        }
        return j;
    }

    private int skip(int k) {
        Token t = code.get(k);
        if ((t.isPunct("{") || t.isPunct("(") || t.isPunct("[")) && match[k] > k) {
            return match[k] + 1;
        }
        return k + 1;
    }

    private void emit(List<String> segments, int line) {
        if (!segments.isEmpty()) {
            out.add(new PathRef(root, segments, line));
        }
    }
}
