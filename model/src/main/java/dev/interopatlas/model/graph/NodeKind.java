package dev.interopatlas.model.graph;

/** What a graph node stands for; each kind lives in one {@link Layer}. */
public enum NodeKind {
    /** A C header in the bindings include closure. */
    C_HEADER(Layer.C_HEADERS),
    /** A C declaration bound from Rust ({@code bindings::X} resolved). */
    C_SYMBOL(Layer.BINDINGS),
    /** A {@code rust_helper_X} wrapper in rust/helpers. */
    HELPER(Layer.BINDINGS),
    /** A module of the kernel crate (rust/kernel/**). */
    ABSTRACTION(Layer.ABSTRACTIONS),
    /** A Rust file outside rust/ that uses the kernel crate: driver, sample, filesystem. */
    CONSUMER(Layer.CONSUMERS);

    private final Layer layer;

    NodeKind(Layer layer) {
        this.layer = layer;
    }

    public Layer layer() {
        return layer;
    }
}
