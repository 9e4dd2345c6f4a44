package dev.interopatlas.indexer.rust;

import java.util.List;
import java.util.Optional;

/**
 * The outer attributes of a {@code mod} item that the module tree needs: its {@code #[path = "…"]}, and whether
 * it is a test module, {@code #[cfg(test)]} (also inside {@code all(…)}) or {@code #[kunit_tests(suite)]} under
 * any path ({@code macros::kunit_tests}, {@code ::kernel::macros::kunit_tests}).
 */
record ModAttributes(Optional<String> path, boolean test) {
    private static final String KUNIT_TESTS = "kunit_tests";
    /** Deeper {@code all(all(…))} nests are not real code; the cut keeps recursion far from the stack limit. */
    private static final int MAX_DEPTH = 16;

    /** Walks back from {@code mod} at {@code modAt} over visibility and outer attributes. */
    static ModAttributes before(List<Token> code, int[] match, int modAt) {
        Optional<String> path = Optional.empty();
        boolean test = false;
        int j = modAt - 1;
        while (j >= 0) {
            Token t = code.get(j);
            if (t.isKeyword("pub")) {
                j--;
            } else if (t.isPunct(")") && match[j] >= 1 && code.get(match[j] - 1).isKeyword("pub")) {
                j = match[j] - 2;
            } else if (t.isPunct("]") && match[j] >= 1 && code.get(match[j] - 1).isPunct("#")) {
                int open = match[j];
                if (isIdent(code, open + 1, "path") && isPunct(code, open + 2, "=") && open + 3 < j) {
                    path = Optional.of(Literals.stringValue(code.get(open + 3)));
                }
                test |= isTestAttribute(code, match, open, j);
                j = open - 2;
            } else {
                break;
            }
        }
        return new ModAttributes(path, test);
    }

    /** The attribute {@code [ … ]} from {@code open} to {@code close}. */
    private static boolean isTestAttribute(List<Token> code, int[] match, int open, int close) {
        if (isIdent(code, open + 1, "cfg") && isPunct(code, open + 2, "(") && match[open + 2] > open + 2) {
            return isTestPredicate(code, match, open + 3, match[open + 2], 0);
        }
        int k = open + 1;
        if (isPunct(code, k, "::")) {
            k++;
        }
        while (k + 2 < close && isName(code, k) && isPunct(code, k + 1, "::")) {
            k += 2;
        }
        return isIdent(code, k, KUNIT_TESTS) && isPunct(code, k + 1, "(");
    }

    /** {@code test}, or {@code all(…)} with a test predicate among its entries. */
    private static boolean isTestPredicate(List<Token> code, int[] match, int from, int to, int depth) {
        if (to == from + 1 && isIdent(code, from, "test")) {
            return true;
        }
        if (depth < MAX_DEPTH && isIdent(code, from, "all") && isPunct(code, from + 1, "(")
                && match[from + 1] == to - 1) {
            int entry = from + 2;
            for (int k = entry; k <= to - 1; k++) {
                if (k == to - 1 || code.get(k).isPunct(",")) {
                    if (isTestPredicate(code, match, entry, k, depth + 1)) {
                        return true;
                    }
                    entry = k + 1;
                } else if (code.get(k).isPunct("(") && match[k] > k) {
                    k = Math.min(match[k], to - 2);
                }
            }
        }
        return false;
    }

    private static boolean isName(List<Token> code, int j) {
        return j >= 0 && j < code.size()
                && (code.get(j).kind() == TokenKind.IDENT || code.get(j).kind() == TokenKind.RAW_IDENT);
    }

    private static boolean isIdent(List<Token> code, int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isIdent(s);
    }

    private static boolean isPunct(List<Token> code, int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isPunct(s);
    }
}
