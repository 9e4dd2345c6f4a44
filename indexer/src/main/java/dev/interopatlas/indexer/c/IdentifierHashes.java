package dev.interopatlas.indexer.c;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which of many C files spell which words, by hash code: a cheap test of whether a file can declare a name, so
 * only files that might are lexed and parsed.
 *
 * <p>Exact in one direction: every identifier {@link CLexer} finds (and so every name a declaration can have) is
 * a maximal run of identifier characters, starting with a letter or underscore, in the text with
 * backslash-newlines and carriage returns removed, as the lexer removes them. This class hashes every such run,
 * in comments and strings too, so {@link #filesWith} never misses a file that has the identifier; it may list
 * one that has not (a word in a comment, a hash collision), which costs a parse, never a wrong answer.
 *
 * <p>Stored as one array of (hash, file) postings grouped by the hash's low bits (a counting sort), so a lookup
 * reads a few dozen postings whatever the number of files: 7.3's 7,152 headers outside the closure spell
 * 1.6 million distinct (word, file) pairs.
 */
final class IdentifierHashes {
    private final int fileCount;
    private final int mask;
    private final int[] bucketStart; // postings of bucket b are [bucketStart[b], bucketStart[b + 1])
    private final int[] hashes;
    private final int[] files;

    private IdentifierHashes(int fileCount, int mask, int[] bucketStart, int[] hashes, int[] files) {
        this.fileCount = fileCount;
        this.mask = mask;
        this.bucketStart = bucketStart;
        this.hashes = hashes;
        this.files = files;
    }

    private static final byte OTHER = 0;
    private static final byte LETTER = 1; // or underscore or $: starts an identifier
    private static final byte DIGIT = 2;
    private static final byte BACKSLASH = 3;
    private static final byte CARRIAGE_RETURN = 4;
    /** What each byte is to {@link CLexer}: one table look-up per byte instead of five comparisons. */
    private static final byte[] KIND = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            KIND[c] = CLexer.isIdentStart((char) c) ? LETTER : CLexer.isIdentPart((char) c) ? DIGIT : OTHER;
        }
        KIND['\\'] = BACKSLASH;
        KIND['\r'] = CARRIAGE_RETURN;
    }

    /** The distinct word hashes of one file's bytes, read as ISO-8859-1 like the lexer reads them; unordered. */
    static int[] wordsOf(byte[] content) {
        DistinctInts words = new DistinctInts(Math.max(16, content.length / 32));
        int hash = 0;
        boolean inRun = false;  // in a run of identifier characters
        boolean inWord = false; // ... that started with a letter or underscore (else it is a number)
        int n = content.length;
        for (int i = 0; i < n; i++) {
            int c = content[i] & 0xff;
            byte kind = KIND[c];
            if (kind == LETTER || kind == DIGIT) {
                if (!inRun) {
                    inRun = true;
                    inWord = kind == LETTER;
                    hash = 0;
                }
                hash = 31 * hash + c; // String.hashCode of the word
                continue;
            }
            if (kind == CARRIAGE_RETURN) {
                continue; // the lexer drops every carriage return
            }
            if (kind == BACKSLASH) {
                int next = i + 1 < n && content[i + 1] == '\r' ? i + 2 : i + 1;
                if (next < n && content[next] == '\n') {
                    i = next; // a continuation joins the lines: a run may go on after it
                    continue;
                }
            }
            if (inRun) {
                if (inWord) {
                    words.add(hash);
                }
                inRun = false;
            }
        }
        if (inRun && inWord) {
            words.add(hash);
        }
        return words.toArray();
    }

    /** Indexes files by their {@link #wordsOf} hashes; file {@code i} is {@code wordsByFile.get(i)}. */
    static IdentifierHashes of(List<int[]> wordsByFile) {
        long total = 0;
        for (int[] words : wordsByFile) {
            total += words.length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many words to index: " + total);
        }
        int buckets = Integer.highestOneBit((int) Math.max(1024, Math.min(1 << 22, total / 16)));
        int mask = buckets - 1;
        int[] start = new int[buckets + 1];
        for (int[] words : wordsByFile) {
            for (int hash : words) {
                start[bucketOf(hash, mask) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, buckets);
        int[] hashes = new int[(int) total];
        int[] files = new int[(int) total];
        for (int file = 0; file < wordsByFile.size(); file++) {
            for (int hash : wordsByFile.get(file)) {
                int at = fill[bucketOf(hash, mask)]++;
                hashes[at] = hash;
                files[at] = file;
            }
        }
        return new IdentifierHashes(wordsByFile.size(), mask, start, hashes, files);
    }

    /** Files that may spell {@code word}: every file that does, perhaps a few that do not. */
    BitSet filesWith(String word) {
        int hash = word.hashCode();
        int bucket = bucketOf(hash, mask);
        BitSet result = new BitSet(fileCount);
        for (int i = bucketStart[bucket]; i < bucketStart[bucket + 1]; i++) {
            if (hashes[i] == hash) {
                result.set(files[i]);
            }
        }
        return result;
    }

    private static int bucketOf(int hash, int mask) {
        return DistinctInts.mix(hash) & mask;
    }

    /**
     * Files that may declare {@code name}: those that spell it, or spell the parts it is made of. The analyzer
     * names enum constants {@code ENUM_CONST} as bindgen does, and may name nested types after the type that holds
     * them ({@code S_T}, {@code S__bindgen_ty_1}); so a file may declare a name that can be cut at underscores into
     * words it spells, the first one a word and each later one a word or bindgen's {@code _bindgen_ty_N}.
     */
    BitSet filesThatMayDeclare(String name) {
        int n = name.length();
        BitSet[] reach = new BitSet[n + 1]; // reach[i]: files that spell name[0, i) as such parts, i after a '_'
        BitSet all = new BitSet(fileCount);
        all.set(0, fileCount);
        reach[0] = all;
        for (int start = 0; start < n; start++) {
            if (reach[start] == null || reach[start].isEmpty()) {
                continue;
            }
            for (int end = start + 1; end <= n; end++) {
                if (end < n && name.charAt(end) != '_') {
                    continue;
                }
                String part = name.substring(start, end);
                BitSet files = start > 0 && isBindgenAnonymous(part) ? all : filesWith(part);
                files = (BitSet) files.clone();
                files.and(reach[start]);
                int next = end == n ? n : end + 1;
                if (next == n && end < n) {
                    continue; // a name does not end with the '_' that joins two parts
                }
                if (reach[next] == null) {
                    reach[next] = files;
                } else {
                    reach[next].or(files);
                }
            }
        }
        return reach[n] == null ? new BitSet() : reach[n];
    }

    /** {@code _bindgen_ty_3}: the second half of {@code S__bindgen_ty_3}. */
    private static boolean isBindgenAnonymous(String part) {
        String prefix = "_bindgen_ty_";
        if (!part.startsWith(prefix) || part.length() == prefix.length()) {
            return false;
        }
        for (int i = prefix.length(); i < part.length(); i++) {
            if (!Character.isDigit(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A set of ints by open addressing, for the distinct words of one file without sorting them. */
    private static final class DistinctInts {
        private int[] slots;
        private boolean[] used;
        private int size;

        DistinctInts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
            slots = new int[capacity];
            used = new boolean[capacity];
        }

        void add(int value) {
            int mask = slots.length - 1;
            int i = mix(value) & mask;
            while (used[i]) {
                if (slots[i] == value) {
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            slots[i] = value;
            if (++size * 2 > slots.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldSlots = slots;
            boolean[] oldUsed = used;
            slots = new int[oldSlots.length * 2];
            used = new boolean[oldSlots.length * 2];
            size = 0;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldUsed[i]) {
                    add(oldSlots[i]);
                }
            }
        }

        static int mix(int value) {
            int h = value * 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        int[] toArray() {
            int[] values = new int[size];
            int n = 0;
            for (int i = 0; i < slots.length; i++) {
                if (used[i]) {
                    values[n++] = slots[i];
                }
            }
            return values;
        }
    }
}
