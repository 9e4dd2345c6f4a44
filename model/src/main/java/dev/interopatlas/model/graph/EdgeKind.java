package dev.interopatlas.model.graph;

/** Why two nodes are connected. Edges point from the dependent to what it depends on. */
public enum EdgeKind {
    /** header → header it {@code #include}s. */
    INCLUDES,
    /** header → C symbol declared in it. */
    DECLARES,
    /** abstraction or consumer → C symbol it names as {@code bindings::X}. */
    BINDS,
    /** helper → the C inline function or macro it wraps; C symbol → helper that provides it to Rust. */
    WRAPS,
    /** consumer → abstraction module, module → module. */
    USES
}
