package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.model.impact.ChangeKind;
import java.util.Optional;

/** A declaration that differs between the two sides, before its reach into Rust is known. */
record FoundChange(DeclarationKey key, CDeclKind kind, String header, int line, ChangeKind change,
                   Optional<String> before, Optional<String> after, Optional<HiddenDifference> hidden) {
    FoundChange(DeclarationKey key, CDeclKind kind, String header, int line, ChangeKind change,
                Optional<String> before, Optional<String> after) {
        this(key, kind, header, line, change, before, after, Optional.empty());
    }

    /**
     * Where to read both versions again when their previews read the same (the difference lies past them): the
     * declarations printed on each side and the part that differs ({@link DeclarationPrint#SIGNATURE}…).
     */
    record HiddenDifference(String beforeHeader, DeclarationPrint before, String afterHeader, DeclarationPrint after,
                            int part) {
    }

    FoundChange shown(String shownBefore, String shownAfter) {
        return new FoundChange(key, kind, header, line, change, Optional.of(shownBefore), Optional.of(shownAfter),
                Optional.empty());
    }
}
