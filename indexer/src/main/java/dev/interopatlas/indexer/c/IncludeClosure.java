package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.IncludeDirective;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.UnresolvedInclude;
import dev.interopatlas.model.metrics.IndexWarning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every file the bindgen inputs pull in: the roots rust/bindings/bindings_helper.h, rust/helpers/*.c (older
 * trees: rust/helpers.c) and rust/uapi/uapi_helper.h, plus the headers the build force-includes, and everything
 * they include transitively (all #if branches count).
 */
public final class IncludeClosure {
    public static final String BINDINGS_HELPER = "rust/bindings/bindings_helper.h";
    static final String UAPI_HELPER = "rust/uapi/uapi_helper.h";
    static final String OLD_HELPERS = "rust/helpers.c";
    static final String HELPERS_DIR = "rust/helpers/";

    private final Map<String, CFileFacts> facts;
    private final List<String> roots;
    private final List<IncludeEdge> edges;
    private final List<UnresolvedInclude> unresolved;
    private final List<IndexWarning> unreadable;

    private IncludeClosure(Map<String, CFileFacts> facts, List<String> roots, List<IncludeEdge> edges,
                           List<UnresolvedInclude> unresolved, List<IndexWarning> unreadable) {
        this.unreadable = unreadable;
        this.facts = facts;
        this.roots = roots;
        this.edges = edges;
        this.unresolved = unresolved;
    }

    public static IncludeClosure compute(SourceTree tree, String arch, FactsProvider provider, ProgressMonitor monitor)
            throws IOException {
        KbuildSearchPath search = KbuildSearchPath.read(tree, arch);
        IncludeResolver resolver = new IncludeResolver(tree, search);
        List<String> roots = roots(tree, search);
        Map<String, CFileFacts> facts = new LinkedHashMap<>();
        List<IncludeEdge> edges = new ArrayList<>();
        List<UnresolvedInclude> unresolved = new ArrayList<>();
        List<IndexWarning> unreadable = Collections.synchronizedList(new ArrayList<>());
        // Breadth-first, one level at a time: a level's files are parsed in parallel, then their includes are
        // followed in order, which discovers files in exactly the order a sequential queue would.
        List<String> frontier = new ArrayList<>(roots);
        Set<String> queued = new LinkedHashSet<>(roots);
        monitor.beginTask("Resolving C includes", ProgressMonitor.UNKNOWN);
        while (!frontier.isEmpty()) {
            monitor.checkCancelled();
            List<CFileFacts> parsed = parseAll(tree, frontier, provider, unreadable);
            List<String> next = new ArrayList<>();
            for (int i = 0; i < frontier.size(); i++) {
                String path = frontier.get(i);
                CFileFacts fileFacts = parsed.get(i);
                facts.put(path, fileFacts);
                for (IncludeDirective include : fileFacts.includes()) {
                    IncludeResolver.Outcome outcome = resolver.resolve(path, include);
                    if (outcome.found()) {
                        edges.add(new IncludeEdge(path, outcome.path(), include.line()));
                        if (queued.add(outcome.path())) {
                            next.add(outcome.path());
                        }
                    } else {
                        unresolved.add(new UnresolvedInclude(path, include.line(), include.target(),
                                outcome.reason()));
                    }
                }
            }
            monitor.update(frontier.size());
            frontier = next;
        }
        monitor.endTask();
        unreadable.sort(java.util.Comparator.comparing(IndexWarning::path));
        return new IncludeClosure(Collections.unmodifiableMap(facts), List.copyOf(roots), List.copyOf(edges),
                List.copyOf(unresolved), List.copyOf(unreadable));
    }

    /** Parses a level of the closure; a file that cannot be read is a warning and adds nothing, as a .rs file. */
    private static List<CFileFacts> parseAll(SourceTree tree, List<String> paths, FactsProvider provider,
                                             List<IndexWarning> unreadable) throws IOException {
        try {
            return paths.parallelStream().map(path -> {
                SourceFile file = tree.file(path)
                        .orElseThrow(() -> new UncheckedIOException(new IOException("closure file vanished: " + path)));
                try {
                    return provider.c(tree, file);
                } catch (IOException e) {
                    unreadable.add(new IndexWarning(path, 0, "not indexed: " + e.getMessage()));
                    return new CFileFacts(List.of(), List.of(), List.of(), List.of());
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> roots(SourceTree tree, KbuildSearchPath search) throws IOException {
        List<String> roots = new ArrayList<>(search.forcedIncludes());
        if (tree.file(BINDINGS_HELPER).isEmpty()) {
            throw new IOException(tree.displayName() + " has no " + BINDINGS_HELPER
                    + ": not a kernel tree with Rust support (v6.1 or later)");
        }
        roots.add(BINDINGS_HELPER);
        for (SourceFile file : tree.files()) {
            String path = file.path();
            if (path.startsWith(HELPERS_DIR) && path.endsWith(".c") && path.indexOf('/', HELPERS_DIR.length()) < 0
                    && tree.file(path).isPresent()) { // a listing may hold symlinks; lookups never do
                roots.add(path);
            }
        }
        if (tree.file(OLD_HELPERS).isPresent()) {
            roots.add(OLD_HELPERS);
        }
        if (tree.file(UAPI_HELPER).isPresent()) {
            roots.add(UAPI_HELPER);
        }
        return roots;
    }

    /** Facts of every closure file, in discovery order (roots first). */
    public Map<String, CFileFacts> facts() {
        return facts;
    }

    public List<String> roots() {
        return roots;
    }

    public List<IncludeEdge> edges() {
        return edges;
    }

    /** Files of the closure that could not be read (a warning each; their includes are not followed). */
    public List<IndexWarning> unreadable() {
        return unreadable;
    }

    public List<UnresolvedInclude> unresolved() {
        return unresolved;
    }

    static boolean isHelperFile(String path) {
        return path.equals(OLD_HELPERS) || (path.startsWith(HELPERS_DIR) && path.endsWith(".c"));
    }
}
