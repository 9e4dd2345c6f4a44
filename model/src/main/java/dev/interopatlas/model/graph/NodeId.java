package dev.interopatlas.model.graph;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A node's id as a type: what it names ({@link Kind}) and the key within that kind. The one place that spells the
 * prefixes of the JSON ids; {@link #toString()} gives the id as written in every index and export
 * ({@code header:include/linux/phy.h}, {@code symbol:phy_start}, {@code helper:mutex_lock},
 * {@code module:kernel::sync::arc}, {@code consumer:nova_core}, {@code headerdir:include/linux}).
 */
public record NodeId(Kind kind, String key) {

    /** What an id names; a header directory is the collapsed view's stand-in for the headers of one directory. */
    public enum Kind {
        HEADER("header", NodeKind.C_HEADER, true),
        HEADER_DIRECTORY("headerdir", NodeKind.C_HEADER, false),
        SYMBOL("symbol", NodeKind.C_SYMBOL, false),
        HELPER("helper", NodeKind.HELPER, false),
        MODULE("module", NodeKind.ABSTRACTION, false),
        CONSUMER("consumer", NodeKind.CONSUMER, true);

        private final String prefix;
        private final NodeKind nodeKind;
        private final boolean pathLabelled;

        Kind(String prefix, NodeKind nodeKind, boolean pathLabelled) {
            this.prefix = prefix;
            this.nodeKind = nodeKind;
            this.pathLabelled = pathLabelled;
        }

        /** The kind of node an id of this kind stands for. */
        public NodeKind nodeKind() {
            return nodeKind;
        }

        /** Whether nodes of this kind carry a file path (or a crate root) as their label. */
        public boolean pathLabelled() {
            return pathLabelled;
        }
    }

    public NodeId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static NodeId header(String path) {
        return new NodeId(Kind.HEADER, path);
    }

    public static NodeId headerDirectory(String directory) {
        return new NodeId(Kind.HEADER_DIRECTORY, directory);
    }

    public static NodeId symbol(String name) {
        return new NodeId(Kind.SYMBOL, name);
    }

    public static NodeId helper(String name) {
        return new NodeId(Kind.HELPER, name);
    }

    public static NodeId module(String modulePath) {
        return new NodeId(Kind.MODULE, modulePath);
    }

    /** @param crateKey the crate's name, or its root when several crates share that name */
    public static NodeId consumer(String crateKey) {
        return new NodeId(Kind.CONSUMER, crateKey);
    }

    /** Reads an id as written in JSON; empty when it has none of the known prefixes. */
    public static Optional<NodeId> parse(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = id.substring(0, colon);
        return Arrays.stream(Kind.values()).filter(k -> k.prefix.equals(prefix)).findFirst()
                .map(k -> new NodeId(k, id.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return kind.prefix + ":" + key;
    }
}
