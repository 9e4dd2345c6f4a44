package dev.interopatlas.indexer.facts;

import java.util.Optional;

/**
 * Answers found by scanning many files, remembered for as long as those files do not change. The C side uses it
 * for the one question that reads thousands of headers it never parses: where, outside the bindings include
 * closure, a name is declared (to explain why it is unresolved).
 */
public interface ScanMemo {
    /** Remembers nothing. */
    ScanMemo NONE = new ScanMemo() {
        @Override
        public Optional<Optional<String>> recall(String question) {
            return Optional.empty();
        }

        @Override
        public void remember(String question, Optional<String> answer) {
        }
    };

    /** The answer remembered for {@code question} (itself empty for "none"), or empty when there is none. */
    Optional<Optional<String>> recall(String question);

    void remember(String question, Optional<String> answer);
}
