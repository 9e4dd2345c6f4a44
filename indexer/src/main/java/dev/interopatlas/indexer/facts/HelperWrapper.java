package dev.interopatlas.indexer.facts;

import java.util.List;

/**
 * A {@code rust_helper_NAME} function in rust/helpers.
 *
 * @param name  NAME, without the {@code rust_helper_} prefix
 * @param calls identifiers called in its body, in order (the C function or macro it wraps is usually NAME)
 */
public record HelperWrapper(String name, int line, List<String> calls) {
    public HelperWrapper {
        calls = List.copyOf(calls);
    }
}
