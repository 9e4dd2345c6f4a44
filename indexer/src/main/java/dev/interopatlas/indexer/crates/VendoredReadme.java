package dev.interopatlas.indexer.crates;

import dev.interopatlas.model.metrics.Upstream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the README the kernel puts beside code copied from elsewhere: "These source files come from the Rust
 * `syn` crate, version 2.0.106 (released …)" (7.x: syn, quote, proc-macro2, zerocopy, zerocopy-derive), or "These
 * source files come from the Rust standard library" (6.1's {@code alloc}). Line breaks may fall anywhere.
 */
public final class VendoredReadme {
    /** README names tried in each directory, in this order. */
    public static final List<String> FILE_NAMES = List.of("README.md", "README", "README.rst", "README.txt");

    private static final Pattern VENDORED = Pattern.compile(
            "These source files come from the Rust (?:`([^`]+)` crate(?:, version v?(\\d[\\w.+-]*\\w))?"
                    + "|standard library)");

    private VendoredReadme() {
    }

    /**
     * @param text      the README's text
     * @param crateName the crate's own name, the upstream name when the README gives none
     * @return the upstream crate when the README says the files come from one
     */
    public static Optional<Upstream> parse(String text, String crateName) {
        Matcher m = VENDORED.matcher(text.replaceAll("\\s+", " "));
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1) != null ? m.group(1) : crateName;
        return Optional.of(new Upstream(name, Optional.ofNullable(m.group(2))));
    }
}
