package dev.interopatlas.indexer.source;

/**
 * The text of a lexed token. A one-character ASCII token (most punctuation and whitespace, a third of all tokens)
 * gets a string made once for the whole run instead of one of its own; the Rust and C lexers both ask here.
 */
public final class TokenText {
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private TokenText() {
    }

    /** {@code source.substring(start, end)}, shared when it is one ASCII character. */
    public static String of(String source, int start, int end) {
        char first = source.charAt(start);
        return end - start == 1 && first < ASCII.length ? ASCII[first] : source.substring(start, end);
    }

    /** {@code new String(text, start, length)}, shared when it is one ASCII character. */
    public static String of(char[] text, int start, int length) {
        return length == 1 && text[start] < ASCII.length ? ASCII[text[start]] : new String(text, start, length);
    }
}
