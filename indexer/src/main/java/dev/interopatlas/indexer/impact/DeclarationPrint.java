package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.c.DeclarationText;
import dev.interopatlas.indexer.facts.CDeclKind;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A declaration reduced to what the comparison needs: a 64-bit hash of each normalised part and a short preview
 * of it for the report. Small enough to keep per blob between runs, so two cached tags compare without lexing.
 *
 * @param hashes   FNV-1a hashes of signature, body, fields and value, in that order (0 for an empty part)
 * @param previews the same parts cut to {@link #PREVIEW} characters
 */
record DeclarationPrint(String name, CDeclKind kind, int line, long[] hashes, List<String> previews) {
    static final int PREVIEW = 160;
    static final int SIGNATURE = 0;
    static final int BODY = 1;
    static final int FIELDS = 2;
    static final int VALUE = 3;

    DeclarationPrint {
        previews = List.copyOf(previews);
    }

    static DeclarationPrint of(DeclarationText text) {
        String[] parts = parts(text);
        long[] hashes = new long[parts.length];
        String[] previews = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            hashes[i] = hash(parts[i]);
            previews[i] = parts[i].length() <= PREVIEW ? parts[i] : parts[i].substring(0, PREVIEW) + "…";
        }
        return new DeclarationPrint(text.name(), text.kind(), text.line(), hashes, List.of(previews));
    }

    /** The normalised parts of {@code text}, by {@link #SIGNATURE}, {@link #BODY}, {@link #FIELDS}, {@link #VALUE}. */
    static String[] parts(DeclarationText text) {
        return new String[] {text.signature(), text.body(), text.fields(), text.value()};
    }

    long hash(int part) {
        return hashes[part];
    }

    String preview(int part) {
        return previews.get(part);
    }

    /** What two sides are compared by: the kind and every part's hash, not where it is. */
    List<Long> content() {
        return List.of((long) kind.ordinal(), hashes[0], hashes[1], hashes[2], hashes[3]);
    }

    static long hash(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
