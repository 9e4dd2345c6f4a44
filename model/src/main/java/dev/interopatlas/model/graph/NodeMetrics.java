package dev.interopatlas.model.graph;

/**
 * The names of the metrics a node carries in its JSON {@code metrics} map: spelled once here, read through the
 * named accessors of {@link Node}.
 */
public final class NodeMetrics {
    public static final String LINES = "lines";
    public static final String DECLARATIONS = "declarations";
    public static final String FUNCTIONS = "functions";
    public static final String FILES = "files";
    public static final String HEADERS = "headers";
    public static final String BINDINGS = "bindings";
    public static final String UNSAFE_BLOCKS = "unsafeBlocks";
    public static final String UNSAFE_FNS = "unsafeFns";
    public static final String UNSAFE_IMPLS = "unsafeImpls";
    public static final String UNSAFE_TRAITS = "unsafeTraits";
    public static final String UNSAFE_BLOCKS_DOCUMENTED = "unsafeBlocksDocumented";
    public static final String UNSAFE_BLOCKS_PLACEHOLDER = "unsafeBlocksPlaceholder";
    public static final String UNSAFE_TOTAL = "unsafeTotal";

    private NodeMetrics() {
    }
}
