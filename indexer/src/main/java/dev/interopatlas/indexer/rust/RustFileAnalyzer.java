package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.RustFacts;

/** Lexes one Rust file and collects its facts. (API placeholder; the Rust work fills it in.) */
public final class RustFileAnalyzer {
    private RustFileAnalyzer() {
    }

    /** Never throws on bad input; problems become {@link RustFacts#warnings()}. */
    public static RustFacts analyze(byte[] content) {
        throw new UnsupportedOperationException("Rust analyzer not implemented yet");
    }
}
