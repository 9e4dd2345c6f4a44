package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.model.impact.ChangeKind;
import java.util.Optional;

/** A declaration that differs between the two sides, before its reach into Rust is known. */
record FoundChange(DeclarationKey key, CDeclKind kind, String header, int line, ChangeKind change,
                   Optional<String> before, Optional<String> after) {
}
