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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The declaration prints of a file, kept by git blob id in a file next to the repository's facts cache, so an
 * impact between two tags compared before lexes nothing. A file without blob id (working tree, patched file) is
 * lexed every time. A damaged or older cache file is ignored with a warning and rewritten. Thread-safe.
 */
final class DeclarationPrints {
    static final String FILE_NAME = "impact-declarations.bin";
    /** Bump when the prints of the same bytes would differ (the parser or normalisation changed). */
    private static final int FORMAT = 2;

    private final Optional<Path> file;
    private final Map<String, List<DeclarationPrint>> byBlob = new ConcurrentHashMap<>();
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
                warnings.accept("impact declaration cache " + file + " unreadable (" + e.getMessage()
                        + "); it is rebuilt");
            }
        }
        return prints;
    }

    List<DeclarationPrint> of(SourceTree tree, SourceFile file) throws IOException {
        Optional<String> blob = file.blobId();
        if (blob.isPresent()) {
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

    void save() throws IOException {
        if (file.isEmpty() || !dirty) {
            return;
        }
        Files.createDirectories(file.get().getParent());
        AtomicFiles.write(file.get(), raw -> {
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
            out.writeInt(FORMAT);
            out.writeInt(byBlob.size());
            for (Map.Entry<String, List<DeclarationPrint>> entry : byBlob.entrySet()) {
                out.writeUTF(entry.getKey());
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
        dirty = false;
    }

    private void load(Path path) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("written by another version");
            }
            int blobs = in.readInt();
            CDeclKind[] kinds = CDeclKind.values();
            for (int b = 0; b < blobs; b++) {
                String blob = in.readUTF();
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
