package dev.interopatlas.indexer.c;

import java.util.List;

/**
 * A {@code rust_helper_NAME} C function: bindings::NAME calls it.
 *
 * @param wraps the C symbols it wraps that resolve in the bindings include closure
 */
public record HelperInfo(String name, String file, int line, List<String> wraps) {
    public HelperInfo {
        wraps = List.copyOf(wraps);
    }
}
