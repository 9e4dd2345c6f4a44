package dev.interopatlas.app.cli;

import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import java.io.PrintStream;
import java.util.Locale;

/** The one-paragraph result a user reads on stderr after indexing. */
final class Summary {
    private Summary() {
    }

    static void print(KernelIndex index, PrintStream err) {
        IndexStats s = index.stats();
        double share = s.bindingNames() == 0 ? 100.0 : 100.0 * s.bindingNamesResolved() / s.bindingNames();
        long vendored = index.vendoredCrateCount();
        err.printf(Locale.ROOT, "%s: %d files, %d .rs files in %d crates (%d vendored), %d headers in the bindings "
                        + "closure, %d/%d bindings names resolved (%.1f %%), %d warnings, %d ms%n",
                index.tree(), s.filesListed(), s.rustFiles(), index.crates().size(), vendored, s.headersInClosure(),
                s.bindingNamesResolved(), s.bindingNames(), share, index.warnings().size(), s.elapsedMillis());
    }
}
