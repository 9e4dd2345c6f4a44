package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.PathRef;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code kernelPaths} of a file: for each reference into the kernel crate, the longest prefix that is a
 * module, written without the crate root ({@code kernel::net::phy::Driver} gives "net::phy"). A reference to
 * a crate-root item ({@code kernel::c_str!}) names no module and gives nothing.
 */
public final class KernelPaths {
    private KernelPaths() {
    }

    /**
     * @param modulePaths   known modules, {@code kernel::sync::arc} (see {@link KernelModuleTree#paths()})
     * @param inKernelCrate whether the file belongs to the kernel crate, where {@code crate::} means kernel
     */
    public static List<String> of(List<PathRef> refs, Set<String> modulePaths, boolean inKernelCrate) {
        TreeSet<String> out = new TreeSet<>();
        for (PathRef ref : refs) {
            boolean kernel = ref.root().equals(KernelModuleTree.CRATE);
            if (!kernel && !(inKernelCrate && ref.root().equals("crate"))) {
                continue;
            }
            String best = null;
            StringBuilder path = new StringBuilder();
            for (String segment : ref.segments()) {
                path.append(path.length() == 0 ? "" : "::").append(segment);
                if (modulePaths.contains(KernelModuleTree.CRATE + "::" + path)) {
                    best = path.toString();
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return List.copyOf(out);
    }
}
