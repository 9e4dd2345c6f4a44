package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.c.DeclarationTexts;
import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.io.AtomicFiles;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The declaration prints of a file, kept by git blob id in a file next to the repository's facts cache, so an
 * impact between two tags compared before lexes nothing. A file without blob id (working tree, patched file) is
 * lexed every time. A damaged or older cache file is ignored with a warning and rewritten. Thread-safe.
 *
 * <p>Each write is a generation; a blob's prints are kept while one of the last {@link #KEPT_SAVES} comparisons
 * that wrote used them, so the file holds the releases being compared, not every release ever compared (7.3's
 * comparison with 6.12 alone writes 11 MB).
 */
final class DeclarationPrints {
    static final String FILE_NAME = "impact-declarations.bin";
    /** Bump when the prints of the same bytes would differ (the parser or normalisation changed). */
    private static final int FORMAT = 3;
    /** Format 2 had no generations: its prints are read as last used before any generation. */
    private static final int FORMAT_WITHOUT_GENERATIONS = 2;
    /** Comparisons a blob's prints outlive without being used. */
    static final int KEPT_SAVES = 8;

    private final Optional<Path> file;
    private final Map<String, List<DeclarationPrint>> byBlob = new ConcurrentHashMap<>();
    /** The generation of the last comparison that used each blob's prints. */
    private final Map<String, Integer> lastUsed = new ConcurrentHashMap<>();
    private final Set<String> usedNow = ConcurrentHashMap.newKeySet();
    private int generation;
    private volatile boolean dirty;

    private DeclarationPrints(Optional<Path> file) {
        this.file = file;
    }

    /** Prints computed every time, remembered only while this object lives. */
    static DeclarationPrints inMemory() {
        return new DeclarationPrints(Optional.empty());
    }

    /** Prints read from {@code file} when it exists; written back there by {@link #save}. */
    static DeclarationPrints at(Path file, Consumer<String> warnings) {
        DeclarationPrints prints = new DeclarationPrints(Optional.of(file));
        if (Files.isRegularFile(file)) {
            try {
                prints.load(file);
            } catch (IOException | RuntimeException e) {
                prints.byBlob.clear();
                prints.lastUsed.clear();
                prints.generation = 0;
                warnings.accept("impact declaration cache " + file + " unreadable (" + e.getMessage()
                        + "); it is rebuilt");
            }
        }
        return prints;
    }

    List<DeclarationPrint> of(SourceTree tree, SourceFile file) throws IOException {
        Optional<String> blob = file.blobId();
        if (blob.isPresent()) {
            usedNow.add(blob.get());
            List<DeclarationPrint> known = byBlob.get(blob.get());
            if (known != null) {
                return known;
            }
        }
        List<DeclarationPrint> prints = DeclarationTexts.of(tree.read(file)).stream().map(DeclarationPrint::of)
                .toList();
        if (blob.isPresent()) {
            byBlob.put(blob.get(), prints);
            dirty = true;
        }
        return prints;
    }

    /**
     * Writes the prints when this comparison made new ones: those it used or made, and those used by the
     * {@link #KEPT_SAVES} writes before it. A comparison that found every print cached writes nothing (11 MB for
     * 7.3 against 6.12), so its use is not recorded; prints dropped too early are made again once.
     */
    void save() throws IOException {
        if (file.isEmpty() || !dirty) {
            return;
        }
        int next = generation + 1;
        usedNow.forEach(blob -> lastUsed.put(blob, next));
        byBlob.keySet().removeIf(blob -> lastUsed.getOrDefault(blob, 0) <= next - KEPT_SAVES);
        lastUsed.keySet().retainAll(byBlob.keySet());
        Files.createDirectories(file.get().getParent());
        AtomicFiles.write(file.get(), raw -> {
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
            out.writeInt(FORMAT);
            out.writeInt(next);
            out.writeInt(byBlob.size());
            for (Map.Entry<String, List<DeclarationPrint>> entry : byBlob.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(lastUsed.getOrDefault(entry.getKey(), 0));
                out.writeInt(entry.getValue().size());
                for (DeclarationPrint p : entry.getValue()) {
                    out.writeUTF(p.name());
                    out.writeByte(p.kind().ordinal());
                    out.writeInt(p.line());
                    for (int i = 0; i < 4; i++) {
                        out.writeLong(p.hash(i));
                        out.writeUTF(p.preview(i));
                    }
                }
            }
            out.flush();
        });
        generation = next;
        usedNow.clear();
        dirty = false;
    }

    /** The blobs whose prints are kept, for tests. */
    Set<String> blobs() {
        return Set.copyOf(byBlob.keySet());
    }

    private void load(Path path) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT && format != FORMAT_WITHOUT_GENERATIONS) {
                throw new IOException("written by another version");
            }
            boolean generations = format == FORMAT;
            generation = generations ? in.readInt() : 0;
            int blobs = in.readInt();
            CDeclKind[] kinds = CDeclKind.values();
            for (int b = 0; b < blobs; b++) {
                String blob = in.readUTF();
                lastUsed.put(blob, generations ? in.readInt() : 0);
                int count = in.readInt();
                List<DeclarationPrint> prints = new ArrayList<>(count);
                for (int k = 0; k < count; k++) {
                    String name = in.readUTF();
                    CDeclKind kind = kinds[in.readByte()];
                    int line = in.readInt();
                    long[] hashes = new long[4];
                    String[] previews = new String[4];
                    for (int i = 0; i < 4; i++) {
                        hashes[i] = in.readLong();
                        previews[i] = in.readUTF();
                    }
                    prints.add(new DeclarationPrint(name, kind, line, hashes, List.of(previews)));
                }
                byBlob.put(blob, List.copyOf(prints));
            }
        }
    }
}
