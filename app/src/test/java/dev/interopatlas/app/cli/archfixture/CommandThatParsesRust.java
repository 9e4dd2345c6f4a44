package dev.interopatlas.app.cli.archfixture;

import dev.interopatlas.indexer.rust.RustLexer;

/** Violates the indexer-internals rule: a command reaching into the Rust lexer; also used with JavaFX below. */
public final class CommandThatParsesRust {
    private CommandThatParsesRust() {
    }

    public static Class<?> lexer() {
        return RustLexer.class;
    }
}
