package dev.interopatlas.model.graph;

/** The four columns of the interop graph, left to right. */
public enum Layer {
    C_HEADERS("C headers"),
    BINDINGS("Bindings"),
    ABSTRACTIONS("Rust abstractions"),
    CONSUMERS("Consumers");

    private final String title;

    Layer(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
