package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.RustFacts;
import java.util.Map;
import java.util.TreeMap;

/** The persisted content of a blob facts cache: facts by blob id, for Rust files and for C files. */
record CachedFacts(Map<String, RustFacts> rust, Map<String, CFileFacts> c) {
    CachedFacts {
        rust = new TreeMap<>(rust);
        c = new TreeMap<>(c);
    }

    static CachedFacts empty() {
        return new CachedFacts(Map.of(), Map.of());
    }

    int size() {
        return rust.size() + c.size();
    }
}
