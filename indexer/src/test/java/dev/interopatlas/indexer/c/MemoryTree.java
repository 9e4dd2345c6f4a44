package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.source.ListedSourceTree;
import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A small kernel-shaped tree held in memory, for include and naming tests. */
public final class MemoryTree extends ListedSourceTree {
    private final Map<String, String> contents;

    private MemoryTree(Map<String, String> contents) {
        super(contents.entrySet().stream()
                .map(e -> new SourceFile(e.getKey(), Optional.empty())).toList());
        this.contents = contents;
    }

    /** Path/content pairs. */
    public static MemoryTree of(String... pathsAndContents) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < pathsAndContents.length; i += 2) {
            map.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return new MemoryTree(map);
    }

    @Override
    public String displayName() {
        return "memory-tree";
    }

    @Override
    public Optional<String> release() {
        return Optional.empty();
    }

    @Override
    public byte[] read(SourceFile file) throws IOException {
        String text = contents.get(file.path());
        if (text == null) {
            throw new IOException("no such file in memory tree: " + file.path());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
