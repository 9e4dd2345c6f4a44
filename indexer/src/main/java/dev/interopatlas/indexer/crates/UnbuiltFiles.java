package dev.interopatlas.indexer.crates;

import dev.interopatlas.indexer.source.TreePaths;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.IndexWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Files under {@code rust/} that no build file names and no crate's {@code mod} tree reaches: Cargo targets of the
 * kernel's own or vendored crates that the kernel never builds (zerocopy's 70 benches, pin-init's examples). Each
 * belongs to the crate whose directory most closely encloses it, where a crate's directory is its root's, or the
 * one above when that is {@code src} (Cargo's layout: {@code rust/zerocopy/src/lib.rs} owns
 * {@code rust/zerocopy/benches/}). Two crates sharing the closest directory (rust/ffi.rs, rust/build_error.rs…)
 * own nothing: such a file stays a crate of its own. Files outside {@code rust/} are never adopted: there a file
 * nothing builds is worth a crate and a warning of its own.
 */
final class UnbuiltFiles {
    private static final String RUST_DIR = "rust/";

    private UnbuiltFiles() {
    }

    /**
     * @param crates    the crates found so far
     * @param unreached files no crate reaches, sorted
     * @return for each crate that adopts some, its adopted files in the order given
     */
    static Map<Crate, List<String>> adopt(List<Crate> crates, List<String> unreached) {
        Map<String, List<Crate>> byDirectory = new TreeMap<>();
        crates.forEach(c -> byDirectory.computeIfAbsent(directoryOf(c), d -> new ArrayList<>()).add(c));
        Map<Crate, List<String>> adopted = new LinkedHashMap<>();
        for (String file : unreached) {
            if (file.startsWith(RUST_DIR)) {
                closestCrate(byDirectory, file).ifPresent(c -> adopted.computeIfAbsent(c, k -> new ArrayList<>())
                        .add(file));
            }
        }
        return adopted;
    }

    /** One warning per crate: how many of its files are not built, and where they are. */
    static IndexWarning warning(Crate crate, List<String> unbuilt) {
        String directory = directoryOf(crate);
        Map<String, Integer> perDirectory = new TreeMap<>();
        for (String file : unbuilt) {
            String dir = TreePaths.parentDir(file);
            perDirectory.merge(dir.equals(directory) ? "./" : dir.substring(directory.length() + 1) + "/", 1,
                    Integer::sum);
        }
        List<String> where = new ArrayList<>();
        perDirectory.forEach((dir, count) -> where.add(dir + ": " + count));
        boolean one = unbuilt.size() == 1;
        return new IndexWarning(directory, 0, unbuilt.size() + (one ? " file" : " files") + " of crate "
                + crate.name() + (one ? " is" : " are") + " not built (" + String.join(", ", where)
                + "): no Makefile, Kbuild or Build file names " + (one ? "it" : "them")
                + " and no crate's mod tree reaches " + (one ? "it" : "them") + "; counted as the crate's code");
    }

    private static Optional<Crate> closestCrate(Map<String, List<Crate>> byDirectory, String file) {
        String dir = TreePaths.parentDir(file);
        // rust/ itself is no crate's directory: its single-file crates (ffi.rs…) own no subdirectory
        while (dir.startsWith(RUST_DIR)) {
            List<Crate> owners = byDirectory.get(dir);
            if (owners != null) {
                return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
            }
            dir = TreePaths.parentDir(dir);
        }
        return Optional.empty();
    }

    /** The directory a crate's Cargo package would have: its root's, or the one above {@code src}. */
    static String directoryOf(Crate crate) {
        String dir = TreePaths.parentDir(crate.root());
        return dir.endsWith("/src") ? TreePaths.parentDir(dir) : dir;
    }
}
