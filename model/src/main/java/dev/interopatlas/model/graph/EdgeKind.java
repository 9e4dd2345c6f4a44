package dev.interopatlas.model.graph;

/** Why two nodes are connected. Edges point from the dependent to what it depends on. */
public enum EdgeKind {
    /** header → header it {@code #include}s. */
    INCLUDES,
    /** header → C symbol declared in it (containment: a change to the header reaches the symbol). */
    DECLARES,
    /**
     * abstraction or consumer → what it names as {@code bindings::X}: the C symbol, or the helper when X reaches
     * Rust through a {@code rust_helper_X} wrapper.
     */
    BINDS,
    /** helper → the C inline function or macro it wraps. */
    WRAPS,
    /** consumer → abstraction module, module → module. */
    USES
}
