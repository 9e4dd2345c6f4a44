package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CFileFacts;

/** Lexes one C header or helper file and collects its facts. (API placeholder; the C work fills it in.) */
public final class CFileAnalyzer {
    private CFileAnalyzer() {
    }

    /** Never throws on bad input; problems become {@link CFileFacts#warnings()}. */
    public static CFileFacts analyze(byte[] content) {
        throw new UnsupportedOperationException("C analyzer not implemented yet");
    }
}
