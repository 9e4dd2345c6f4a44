package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.c.CBoundaryIndex;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.impact.CrateImpact;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.HeaderChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.ImpactSummary;
import dev.interopatlas.model.impact.RustReach;
import dev.interopatlas.model.index.KernelIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What changing the C side from one tree to another does to Rust. The older side needs only its C boundary; the
 * newer side is indexed whole (its Rust is what has to build). Both read their per-file facts through the given
 * providers, so between two cached tags nothing but the changed headers is parsed.
 */
public final class ImpactAnalysis {
    private final IndexOptions options;
    private final boolean listAll;
    private final Consumer<KernelIndex> newerIndex;

    /** {@code change} with the texts of {@code shown}: the same declaration read again in full. */
    private static DeclarationChange withTexts(DeclarationChange change, FoundChange shown) {
        return new DeclarationChange(change.symbol(), change.kind(), change.header(), change.line(), change.change(),
                shown.before(), shown.after(), change.bindings(), change.direct(), change.indirect(), change.nodes());
    }

    /**
     * The changes whose previews hide their difference, read again in full
     * ({@link DeclarationDiff.HiddenDifferences}), on all cores: each means lexing a large header on both sides.
     */
    private static List<FoundChange> shownInFull(List<FoundChange> changes, Side from, Side to) throws IOException {
        DeclarationDiff.HiddenDifferences hidden = new DeclarationDiff.HiddenDifferences(from.tree(), to.tree());
        try {
            return changes.parallelStream().map(change -> {
                try {
                    return hidden.shown(change);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** @param listAll list changes that reach no Rust too (they are always counted) */
    public ImpactAnalysis(IndexOptions options, boolean listAll) {
        this(options, listAll, index -> { });
    }

    /** @param newerIndex given the newer side's index, whose graph the changes' {@code nodes} name (for drawing) */
    public ImpactAnalysis(IndexOptions options, boolean listAll, Consumer<KernelIndex> newerIndex) {
        this.options = options;
        this.listAll = listAll;
        this.newerIndex = newerIndex;
    }

    /** A tree with the facts provider to read it through, and what to call it in the report. */
    public record Side(String label, SourceTree tree, FactsProvider facts) {
    }

    /** @param differs whether a file present on both sides has other content on the newer one */
    public ImpactReport run(Side from, Side to, Predicate<String> differs, ProgressMonitor monitor)
            throws IndexException {
        return run(from, to, differs, DeclarationPrints.inMemory(), monitor);
    }

    ImpactReport run(Side from, Side to, Predicate<String> differs, DeclarationPrints prints,
                     ProgressMonitor monitor) throws IndexException {
        try {
            CBoundaryIndex older = CBoundaryIndex.build(from.tree(), options.arch(), from.facts(), monitor);
            KernelIndexer.WithBoundary newer = new KernelIndexer(options).indexWithBoundary(to.tree(), to.facts(),
                    monitor);
            newerIndex.accept(newer.index());
            monitor.beginTask("Comparing declarations", ProgressMonitor.UNKNOWN);
            DeclarationDiff.Result diff = DeclarationDiff.compare(new DeclarationDiff.Side(from.tree(), older),
                    new DeclarationDiff.Side(to.tree(), newer.boundary()), differs, prints);
            ImpactReach reach = new ImpactReach(newer.index(), new RustLines(to.tree()), older, newer.boundary());
            List<DeclarationChange> all = new ArrayList<>(diff.changes().size());
            List<DeclarationChange> listed = new ArrayList<>();
            List<FoundChange> hidden = new ArrayList<>();
            List<Integer> hiddenAt = new ArrayList<>(); // where each hidden one is in listed
            for (FoundChange found : diff.changes()) {
                DeclarationChange change = reach.reach(found);
                all.add(change);
                if (listAll || change.reachesRust()) {
                    if (found.hidden().isPresent()) {
                        hidden.add(found);
                        hiddenAt.add(listed.size());
                    }
                    listed.add(change);
                }
            }
            List<FoundChange> shown = shownInFull(hidden, from, to);
            for (int i = 0; i < shown.size(); i++) {
                int at = hiddenAt.get(i);
                listed.set(at, withTexts(listed.get(at), shown.get(i)));
            }
            monitor.endTask();
            return new ImpactReport(ImpactReport.SCHEMA, from.label(), to.label(), options.arch(),
                    summary(all, diff.headers(), diff.compared()), diff.headers(), listed);
        } catch (IOException e) {
            throw new IndexException("cannot compare " + from.label() + " with " + to.label() + ": "
                    + e.getMessage(), e);
        }
    }

    static ImpactSummary summary(List<DeclarationChange> all, List<HeaderChange> headers, int compared) {
        TreeMap<String, Integer> byKind = new TreeMap<>();
        TreeMap<String, Integer> reachingByKind = new TreeMap<>();
        Map<String, Set<String>> changesOfCrate = new HashMap<>();
        Map<String, Set<String>> directFiles = new HashMap<>();
        Map<String, Set<String>> indirectFiles = new HashMap<>();
        int reaching = 0;
        for (DeclarationChange change : all) {
            byKind.merge(change.change().json(), 1, Integer::sum);
            if (!change.reachesRust()) {
                continue;
            }
            reaching++;
            reachingByKind.merge(change.change().json(), 1, Integer::sum);
            String id = change.symbol() + "@" + change.header();
            for (RustReach r : change.direct()) {
                changesOfCrate.computeIfAbsent(r.crate(), k -> new HashSet<>()).add(id);
                directFiles.computeIfAbsent(r.crate(), k -> new HashSet<>()).add(r.path());
            }
            for (RustReach r : change.indirect()) {
                changesOfCrate.computeIfAbsent(r.crate(), k -> new HashSet<>()).add(id);
                indirectFiles.computeIfAbsent(r.crate(), k -> new HashSet<>()).add(r.path());
            }
        }
        List<CrateImpact> crates = new ArrayList<>();
        changesOfCrate.forEach((crate, changes) -> crates.add(new CrateImpact(crate, changes.size(),
                directFiles.getOrDefault(crate, Set.of()).size(), indirectFiles.getOrDefault(crate, Set.of()).size())));
        crates.sort(Comparator.comparingInt(CrateImpact::changes).reversed()
                .thenComparing(Comparator.comparingInt(CrateImpact::directFiles).reversed())
                .thenComparing(CrateImpact::crate));
        int entered = (int) headers.stream().filter(h -> h.change() == HeaderChange.Change.ENTERED).count();
        return new ImpactSummary(all.size(), reaching, all.size() - reaching, byKind, reachingByKind, entered,
                headers.size() - entered, compared, crates, reaching > 0);
    }
}
