package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import java.util.Optional;

/** A C declaration located in the tree; {@code parent} is the enum (or typedef) of an enum constant. */
public record CSymbol(String name, CDeclKind kind, String file, int line, Optional<String> parent) {
}
