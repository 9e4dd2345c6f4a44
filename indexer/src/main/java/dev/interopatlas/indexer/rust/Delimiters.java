package dev.interopatlas.indexer.rust;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Matches {@code ( [ {} with their closers in a token list; unmatched ones map to -1. */
final class Delimiters {
    private Delimiters() {
    }

    static int[] match(List<Token> tokens) {
        int[] match = new int[tokens.size()];
        Arrays.fill(match, -1);
        Deque<Integer> open = new ArrayDeque<>();
        // Open count per kind, so a stray closer is recognised without scanning the stack.
        int[] openCount = new int[128];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.PUNCT || t.text().length() != 1) {
                continue;
            }
            char c = t.text().charAt(0);
            if (c == '(' || c == '[' || c == '{') {
                open.push(i);
                openCount[c]++;
            } else if (c == ')' || c == ']' || c == '}') {
                char want = openerOf(c);
                // Pop to the matching opener if there is one; otherwise the closer is stray.
                if (openCount[want] > 0) {
                    while (!open.isEmpty()) {
                        int j = open.pop();
                        openCount[tokens.get(j).text().charAt(0)]--;
                        if (tokens.get(j).text().charAt(0) == want) {
                            match[i] = j;
                            match[j] = i;
                            break;
                        }
                    }
                }
            }
        }
        return match;
    }

    static char openerOf(char closer) {
        return switch (closer) {
            case ')' -> '(';
            case ']' -> '[';
            default -> '{';
        };
    }
}
