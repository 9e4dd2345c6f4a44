package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Declarations of the headers outside the bindings include closure, looked up by name only to explain why a
 * name is unresolved. 7.3 has 7,152 such headers (50 MB): parsing them all took most of a cold {@code index}
 * (docs/decisions/0008). So each header is only scanned for the hashes of its words ({@link IdentifierHashes}),
 * and a header is lexed and parsed when it may declare a name asked for: when it spells the name, or the words
 * the analyzer builds such a name from ({@code enumname_CONST}, {@code S_T}, {@code S__bindgen_ty_1}); so the
 * answers are those of parsing every header.
 * Not thread-safe: {@link CBoundaryIndex} guards it.
 */
final class OutsideDeclarations {
    private final SourceTree tree;
    private final FactsProvider provider;
    private final Consumer<CSymbol> forwardDeclarations;
    private final List<SourceFile> files;
    private final boolean[] parsed;
    private final Map<String, Integer> indexOfPath = new HashMap<>();
    private final Map<String, List<CSymbol>> byName = new HashMap<>();
    private final Map<String, List<CSymbol>> byEnumName = new HashMap<>();
    private IdentifierHashes words; // scanned at the first question

    private OutsideDeclarations(SourceTree tree, FactsProvider provider, Consumer<CSymbol> forwardDeclarations,
                                List<SourceFile> files) {
        this.tree = tree;
        this.provider = provider;
        this.forwardDeclarations = forwardDeclarations;
        this.files = files;
        this.parsed = new boolean[files.size()];
        for (int i = 0; i < files.size(); i++) {
            indexOfPath.put(files.get(i).path(), i);
        }
    }

    /**
     * The declarations of {@code headers} (regular files, in listing order); nothing is read before the first
     * question.
     *
     * @param forwardDeclarations told of every forward declaration parsed, for {@link CBoundaryIndex}'s ranking
     */
    static OutsideDeclarations lazy(SourceTree tree, FactsProvider provider, List<SourceFile> headers,
                                    Consumer<CSymbol> forwardDeclarations) {
        return new OutsideDeclarations(tree, provider, forwardDeclarations, List.copyOf(headers));
    }

    /** Reads every header once, on all cores, for the hashes of its words. */
    private IdentifierHashes words() throws IOException {
        if (words == null) {
            try {
                words = IdentifierHashes.of(files.parallelStream().map(file -> {
                    try {
                        return IdentifierHashes.wordsOf(tree.read(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return words;
    }

    /** Declarations named {@code name}, in the order parsing every header in listing order would give. */
    List<CSymbol> named(String name) throws IOException {
        parse(words().filesThatMayDeclare(name));
        return inListingOrder(byName.get(name));
    }

    /** Enum constants whose bindgen name ({@code enumname_CONST}) is {@code name}. */
    List<CSymbol> enumNamed(String name) throws IOException {
        parse(words().filesThatMayDeclare(name));
        return inListingOrder(byEnumName.get(name));
    }

    /** Headers parsed for an earlier name come first in a list: restores the order a full parse gives. */
    private List<CSymbol> inListingOrder(List<CSymbol> symbols) {
        if (symbols == null) {
            return List.of();
        }
        List<CSymbol> sorted = new ArrayList<>(symbols);
        sorted.sort(Comparator.comparingInt(s -> indexOfPath.get(s.file()))); // stable: line order kept
        return sorted;
    }

    /** Headers parsed so far; the rest were only scanned. */
    int parsedCount() {
        int count = 0;
        for (boolean p : parsed) {
            count += p ? 1 : 0;
        }
        return count;
    }

    /** Parses the files of {@code mayDeclare} not parsed yet, on all cores. */
    private void parse(BitSet mayDeclare) throws IOException {
        List<Integer> candidates = new ArrayList<>();
        for (int i = mayDeclare.nextSetBit(0); i >= 0; i = mayDeclare.nextSetBit(i + 1)) {
            if (!parsed[i]) {
                parsed[i] = true;
                candidates.add(i);
            }
        }
        List<CFileFacts> facts;
        try {
            facts = candidates.parallelStream().map(i -> {
                try {
                    return provider.c(tree, files.get(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int k = 0; k < candidates.size(); k++) {
            String path = files.get(candidates.get(k)).path();
            for (CDeclaration d : facts.get(k).declarations()) {
                CSymbol symbol = new CSymbol(d.name(), d.kind(), path, d.line(), d.parent());
                if (d.forward()) {
                    forwardDeclarations.accept(symbol);
                }
                byName.computeIfAbsent(symbol.name(), key -> new ArrayList<>()).add(symbol);
                if (symbol.kind() == CDeclKind.ENUM_CONSTANT && symbol.parent().isPresent()) {
                    byEnumName.computeIfAbsent(symbol.parent().get() + "_" + symbol.name(),
                            key -> new ArrayList<>()).add(symbol);
                }
            }
        }
    }
}
