package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The lexer's physical line and column of each char of its text (continuations and carriage returns removed) are
 * those of a plain walk that records both for every char, asked in order or in any order.
 */
class CLexerPositionsTest {
    private static final List<String> PIECES = List.of("a", "bc", " ", "\t", "\n", "\r\n", "\r", "\\\n", "\\\r\n",
            "\\", "\\x", "L\"s\"", "'c'", "/*", "*/", "#define X \\\n  1\n", "\n\n", "\\\n\\\n");

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @Property(tries = 1000)
    void positionsAskedInOrderAreThoseOfThePlainWalk(@ForAll("sources") String source) {
        byte[] bytes = source.getBytes(StandardCharsets.ISO_8859_1);
        int[][] expected = plainWalk(bytes);
        CLexer lexer = CLexer.unlexed(bytes);
        assertEquals(expected[0].length, lexer.length());
        for (int q = 0; q < lexer.length(); q++) {
            assertEquals(expected[0][q], lexer.lineOf(q), "line at " + q + " of " + source);
            assertEquals(expected[1][q], lexer.columnOf(q), "column at " + q + " of " + source);
        }
    }

    @Property(tries = 500)
    void positionsAskedInAnyOrderAreThoseOfThePlainWalk(@ForAll("sources") String source, @ForAll long seed) {
        byte[] bytes = source.getBytes(StandardCharsets.ISO_8859_1);
        int[][] expected = plainWalk(bytes);
        CLexer lexer = CLexer.unlexed(bytes);
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < lexer.length(); q++) {
            order.add(q);
        }
        Collections.shuffle(order, new Random(seed));
        for (int q : order) {
            assertEquals(expected[0][q], lexer.lineOf(q), "line at " + q + " of " + source);
            assertEquals(expected[1][q], lexer.columnOf(q), "column at " + q + " of " + source);
        }
    }

    @Test
    void aContinuationJoinsLinesButKeepsThePhysicalLineOfWhatFollows() {
        CLexer lexer = CLexer.unlexed("ab\\\ncd\r\nef".getBytes(StandardCharsets.ISO_8859_1));
        // text "abcd\nef": c and d are on physical line 2, column 0 and 1; e on line 3
        assertEquals(7, lexer.length());
        assertEquals(List.of(1, 1, 2, 2, 2, 3, 3), List.of(lexer.lineOf(0), lexer.lineOf(1), lexer.lineOf(2),
                lexer.lineOf(3), lexer.lineOf(4), lexer.lineOf(5), lexer.lineOf(6)));
        assertEquals(List.of(0, 1, 0, 1, 2, 0, 1), List.of(lexer.columnOf(0), lexer.columnOf(1), lexer.columnOf(2),
                lexer.columnOf(3), lexer.columnOf(4), lexer.columnOf(5), lexer.columnOf(6)));
    }

    /** Line and column of each kept char, recorded char by char. */
    private static int[][] plainWalk(byte[] content) {
        List<int[]> kept = new ArrayList<>();
        int line = 1;
        int column = 0;
        for (int i = 0; i < content.length; i++) {
            char c = (char) (content[i] & 0xff);
            if (c == '\\') {
                int next = i + 1;
                if (next < content.length && content[next] == '\r') {
                    next++;
                }
                if (next < content.length && content[next] == '\n') {
                    i = next;
                    line++;
                    column = 0;
                    continue;
                }
            } else if (c == '\r') {
                continue;
            }
            kept.add(new int[] {line, column});
            if (c == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        int[][] result = new int[2][kept.size()];
        for (int q = 0; q < kept.size(); q++) {
            result[0][q] = kept.get(q)[0];
            result[1][q] = kept.get(q)[1];
        }
        return result;
    }
}
