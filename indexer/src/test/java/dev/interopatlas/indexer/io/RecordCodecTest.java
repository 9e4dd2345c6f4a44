package dev.interopatlas.indexer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    enum Colour { RED, GREEN }

    record Leaf(String name, Optional<String> note, Colour colour, long big, double ratio, Integer boxed) {
    }

    record Tree(int count, boolean flag, List<Leaf> leaves, SortedMap<String, Integer> counts,
                Map<String, List<String>> groups, Set<String> tags, Leaf single) {
    }

    record TreeWithMore(int count, boolean flag, List<Leaf> leaves, SortedMap<String, Integer> counts,
                        Map<String, List<String>> groups, Set<String> tags, Leaf single, int added) {
    }

    private static byte[] write(Object value, Type type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new RecordCodec.Writer(out).write(value, type);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes, Type type) throws IOException {
        return new RecordCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes))).read(type);
    }

    @Test
    void recordsComeBackEqualWithEveryKindOfComponent() throws IOException {
        Leaf a = new Leaf("a", Optional.of("note"), Colour.GREEN, -1L << 40, 0.25, -7);
        Leaf b = new Leaf("a", Optional.empty(), null, Long.MAX_VALUE, -1.5, null); // repeated string, nulls
        Tree tree = new Tree(-3, true, List.of(a, b), new TreeMap<>(Map.of("z", 1, "y", Integer.MIN_VALUE)),
                Map.of("g", List.of("a", "b")), Set.of("t"), null);
        Tree back = (Tree) read(write(tree, Tree.class), Tree.class);
        assertEquals(tree, back);
        assertEquals(List.of("y", "z"), List.copyOf(back.counts().keySet()), "a sorted map stays sorted");
    }

    @Test
    void factsOfRealSourcesComeBackEqual() throws IOException {
        RustFacts rust = RustFileAnalyzer.analyze(("// SAFETY: fine\nunsafe { bindings::foo(); }\n"
                + "mod inner { pub unsafe fn f() {} }\nuse kernel::sync::Arc;\n").getBytes(StandardCharsets.UTF_8));
        CFileFacts c = CFileAnalyzer.analyze(("#include <linux/types.h>\n#define X 1\nenum e { A, B };\n"
                + "struct s *f(int);\nint rust_helper_g(void) { return g(); }\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(rust, read(write(rust, RustFacts.class), RustFacts.class));
        assertEquals(c, read(write(c, CFileFacts.class), CFileFacts.class));
    }

    @Test
    void theShapeChangesWhenAComponentIsAddedAnywhere() {
        assertEquals(RecordCodec.shape(Tree.class).replace("Tree", "T"),
                RecordCodec.shape(Tree.class).replace("Tree", "T"));
        assertNotEquals(RecordCodec.shape(Tree.class).replace("TreeWithMore", "T").replace("Tree", "T"),
                RecordCodec.shape(TreeWithMore.class).replace("TreeWithMore", "T").replace("Tree", "T"));
    }

    @Test
    void truncatedOrDamagedDataIsAnIOException() throws IOException {
        Leaf leaf = new Leaf("name", Optional.of("note"), Colour.RED, 1, 2, 3);
        byte[] bytes = write(leaf, Leaf.class);
        assertThrows(IOException.class, () -> read(Arrays.copyOf(bytes, bytes.length - 3), Leaf.class));
        byte[] damaged = bytes.clone();
        damaged[0] = 9; // not a presence mark
        assertThrows(IOException.class, () -> read(damaged, Leaf.class));
    }
}
