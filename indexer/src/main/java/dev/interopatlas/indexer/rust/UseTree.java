package dev.interopatlas.indexer.rust;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The leaves of one {@code use} item: {@code use a::{b, c::d as e, f::*, self};} gives a::b, a::c::d (as e),
 * a::f::* and a. A leading {@code ::} is kept as the segment "::"; {@code $crate} of a macro body is "crate".
 */
final class UseTree {
    /**
     * One imported path.
     *
     * @param path  its segments; for {@code self} the prefix it stands for
     * @param alias the name after {@code as}
     * @param glob  {@code path::*}
     */
    record Leaf(List<String> path, Optional<String> alias, boolean glob, int line) {
        Leaf {
            path = List.copyOf(path);
        }

        /** The name the leaf brings into scope: its alias, else its last segment; none for a glob. */
        Optional<String> boundName() {
            if (glob) {
                return Optional.empty();
            }
            return alias.or(() -> path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1)));
        }
    }

    /** Deeper trees are not real code; the cut keeps recursion far from the stack limit. */
    private static final int MAX_DEPTH = 64;

    private final List<Token> code;
    private final int[] match;
    private final List<Leaf> leaves = new ArrayList<>();

    private UseTree(List<Token> code, int[] match) {
        this.code = code;
        this.match = match;
    }

    /** The index of the {@code ;} that ends the use item at {@code useAt}, or of the closer that cuts it short. */
    static int end(List<Token> code, int[] match, int useAt) {
        for (int k = useAt + 1; k < code.size(); k++) {
            Token t = code.get(k);
            if (t.isPunct(";") || t.isPunct("}") || t.isPunct(")") || t.isPunct("]")) {
                return k;
            }
            if ((t.isPunct("{") || t.isPunct("(") || t.isPunct("[")) && match[k] > k) {
                k = match[k];
            }
        }
        return code.size();
    }

    /** The leaves of the tree in {@code [from, end)}, the tokens after {@code use}. */
    static List<Leaf> parse(List<Token> code, int[] match, int from, int end) {
        UseTree tree = new UseTree(code, match);
        tree.parse(from, end, List.of(), 0);
        return tree.leaves;
    }

    private void parse(int from, int end, List<String> prefix, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        List<String> path = new ArrayList<>(prefix);
        int j = from;
        if (path.isEmpty() && isPunct(j, end, "::")) {
            path.add("::");
            j++;
        }
        while (j < end) {
            Token t = code.get(j);
            if (t.isPunct("{") && match[j] > j) {
                group(j, Math.min(match[j], end), path, depth);
                return;
            }
            if (t.isPunct("*")) {
                leaves.add(new Leaf(path, Optional.empty(), true, t.line()));
                return;
            }
            if (t.isKeyword("self") && !path.isEmpty()) {
                leaves.add(new Leaf(path, aliasAt(j + 1, end), false, t.line()));
                return;
            }
            if (t.isPunct("$") && j + 1 < end && code.get(j + 1).isKeyword("crate")) {
                j++;
                t = code.get(j);
            }
            if (!isSegment(t)) {
                return;
            }
            path.add(RustFileAnalyzer.identText(t));
            if (isPunct(j + 1, end, "::")) {
                j += 2;
                continue;
            }
            leaves.add(new Leaf(path, aliasAt(j + 1, end), false, t.line()));
            return;
        }
    }

    /** Each comma-separated entry of the group {@code {…}} opening at {@code open}. */
    private void group(int open, int close, List<String> prefix, int depth) {
        int entry = open + 1;
        for (int k = open + 1; k <= close; k++) {
            if (k == close || code.get(k).isPunct(",")) {
                if (k > entry) {
                    parse(entry, k, prefix, depth + 1);
                }
                entry = k + 1;
            } else if ((code.get(k).isPunct("{") || code.get(k).isPunct("(") || code.get(k).isPunct("["))
                    && match[k] > k) {
                k = Math.min(match[k], close - 1);
            }
        }
    }

    private Optional<String> aliasAt(int j, int end) {
        if (isKeyword(j, end, "as") && j + 1 < end && isName(code.get(j + 1))) {
            return Optional.of(RustFileAnalyzer.identText(code.get(j + 1)));
        }
        return Optional.empty();
    }

    private static boolean isSegment(Token t) {
        return isName(t) || t.isKeyword("crate") || t.isKeyword("super") || t.isKeyword("self");
    }

    private static boolean isName(Token t) {
        return t.kind() == TokenKind.IDENT || t.kind() == TokenKind.RAW_IDENT;
    }

    private boolean isPunct(int j, int end, String s) {
        return j < end && code.get(j).isPunct(s);
    }

    private boolean isKeyword(int j, int end, String s) {
        return j < end && code.get(j).isKeyword(s);
    }
}
