package dev.interopatlas.model.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What changed at the Rust/C boundary between two releases. Every list is sorted.
 *
 * @param symbolsNewlyBound  bindings names resolved to C in {@code to} but not bound in {@code from}
 * @param symbolsNoLongerBound bindings names resolved to C in {@code from} but not bound in {@code to}
 * @param unsafeChanges      files whose unsafe site count changed, sorted by path
 */
@JsonPropertyOrder({"schema", "from", "to", "modulesAdded", "modulesRemoved", "symbolsNewlyBound",
        "symbolsNoLongerBound", "consumersAdded", "consumersRemoved", "unsafeBefore", "unsafeAfter",
        "unsafeChanges"})
public record ReleaseDiff(
        String schema,
        String from,
        String to,
        List<String> modulesAdded,
        List<String> modulesRemoved,
        List<String> symbolsNewlyBound,
        List<String> symbolsNoLongerBound,
        List<String> consumersAdded,
        List<String> consumersRemoved,
        int unsafeBefore,
        int unsafeAfter,
        List<FileUnsafeChange> unsafeChanges) {

    public static final String SCHEMA = "interop-atlas/diff/1";

    public ReleaseDiff {
        modulesAdded = List.copyOf(modulesAdded);
        modulesRemoved = List.copyOf(modulesRemoved);
        symbolsNewlyBound = List.copyOf(symbolsNewlyBound);
        symbolsNoLongerBound = List.copyOf(symbolsNoLongerBound);
        consumersAdded = List.copyOf(consumersAdded);
        consumersRemoved = List.copyOf(consumersRemoved);
        unsafeChanges = List.copyOf(unsafeChanges);
    }
}
