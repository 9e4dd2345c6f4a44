package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.export.Captions;
import dev.interopatlas.app.core.map.svg.MapExport;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.io.OutputFiles;
import dev.interopatlas.model.index.KernelIndex;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.impact.ImpactAnalysis;
import dev.interopatlas.indexer.impact.ImpactMarkdown;
import dev.interopatlas.indexer.impact.PatchException;
import dev.interopatlas.indexer.impact.PatchImpact;
import dev.interopatlas.indexer.impact.RevisionImpact;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.impact.CrateImpact;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.ImpactSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code impact REPO --from REV --to REV} or {@code impact TREE --patch FILE.diff}: the C declarations of the
 * bindings closure that changed and the Rust they reach.
 */
@Command(name = "impact", description = "What a C change does to Rust: changed declarations of the bindings include "
        + "closure and the Rust files, modules and crates that name them (schema interop-atlas/impact/1). "
        + "Exit 0 with a result; with --fail-on-impact, exit " + ImpactCommand.EXIT_RUST_AFFECTED
        + " when Rust is affected.")
final class ImpactCommand implements Callable<Integer> {
    /** Exit code with {@code --fail-on-impact} when a change reaches Rust (1 is an error, 2 a usage error). */
    static final int EXIT_RUST_AFFECTED = 3;

    @Parameters(paramLabel = "REPO_OR_TREE",
            description = "A kernel git repository (with --from/--to), or a kernel checkout (with --patch).")
    Path path;

    @Option(names = "--from", paramLabel = "REV", description = "The older side: a tag, branch or commit.")
    Optional<String> from;

    @Option(names = "--to", paramLabel = "REV", description = "The newer side: a tag, branch or commit.")
    Optional<String> to;

    @Option(names = "--patch", paramLabel = "FILE.diff",
            description = "A unified diff against the tree, applied in memory (the tree is never written).")
    Optional<Path> patch;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the impact JSON here.")
    Optional<Path> json;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write Markdown for a review reply here.")
    Optional<Path> markdown;

    @Option(names = "--svg", paramLabel = "FILE",
            description = "Draw the impact subgraph here as SVG, through the map's layout; changed declarations "
                    + "outlined.")
    Optional<Path> svg;

    @Option(names = "--all", description = "Also list the changes that reach no Rust code (always counted).")
    boolean all;

    @Option(names = "--fail-on-impact", description = "Exit " + EXIT_RUST_AFFECTED + " when a change reaches Rust.")
    boolean failOnImpact;

    @Option(names = "--arch", defaultValue = "x86", description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--cache", paramLabel = "DIR", description = "Facts cache (default: ~/.cache/interop-atlas/facts).")
    Optional<Path> cache;

    @Override
    public Integer call() throws Exception {
        JsonOutput.prepare(ImpactReport.class);
        ImpactAnalysis analysis;
        AtomicReference<KernelIndex> newer = new AtomicReference<>();
        try {
            analysis = new ImpactAnalysis(new IndexOptions(arch), all, newer::set);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        ImpactReport report = patch.isPresent() ? ofPatch(analysis) : ofRevisions(analysis);
        if (json.isPresent()) {
            JsonOutput.write(report, json, System.out);
        }
        String text = ImpactMarkdown.render(report);
        if (markdown.isPresent()) {
            OutputFiles.write(markdown.get(), text.getBytes(StandardCharsets.UTF_8), System.out);
        }
        if (svg.isPresent()) {
            writeSvg(report, newer.get(), svg.get());
        }
        if (json.isEmpty() && markdown.isEmpty() && svg.isEmpty()) {
            System.out.print(text);
            System.out.flush();
        }
        printSummary(report.summary(), System.err);
        return failOnImpact && report.summary().rustAffected() ? EXIT_RUST_AFFECTED : 0;
    }

    private ImpactReport ofRevisions(ImpactAnalysis analysis) throws Exception {
        if (from.isEmpty() || to.isEmpty()) {
            throw new CliException("give --from REV and --to REV for a repository, or --patch FILE.diff for a tree");
        }
        try (HistoryIndexer history = ReleaseRepository.open(path, arch, cache, System.err)) {
            return RevisionImpact.between(history, from.get(), to.get(), analysis, ConsoleProgress.forStderr(),
                    warning -> System.err.println("interop-atlas: warning: " + warning));
        }
    }

    private ImpactReport ofPatch(ImpactAnalysis analysis) throws Exception {
        if (from.isPresent() || to.isPresent()) {
            throw new CliException("--patch compares a tree with itself patched; it takes no --from/--to");
        }
        Path diff = patch.get();
        if (!Files.isRegularFile(diff)) {
            throw new CliException(diff + ": no such patch file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(diff);
        } catch (IOException e) {
            throw new CliException("cannot read " + diff + ": " + e.getMessage());
        }
        CompletableFuture<WorkingTreeFacts> opening = TreeFactsCache.open(path, cache, System.err);
        try (WorkingTree tree = TreeArguments.openWorkingTree(path,
                Optional.of(cache.orElse(BlobFactsCache.defaultRoot())))) {
            WorkingTreeFacts facts = TreeFactsCache.await(opening);
            ImpactReport report = PatchImpact.of(tree, facts, bytes, diff.getFileName().toString(), analysis,
                    ConsoleProgress.forStderr());
            TreeFactsCache.save(facts, System.err);
            return report;
        } catch (PatchException e) {
            throw new CliException(e.getMessage());
        }
    }

    private void writeSvg(ImpactReport report, KernelIndex newer, Path file) throws Exception {
        MapExport.Drawn drawn = MapExport.drawImpact(newer.graph(), report, ExportGraphCommand.theme("light"),
                Optional.of("Rust impact: " + patch.map(p -> p.getFileName().toString())
                        .orElse(report.from() + " \u2192 " + report.to())),
                Optional.of(Captions.of(newer.tree(), newer.release(), LocalDate.now())));
        OutputFiles.write(file, drawn.svg().getBytes(StandardCharsets.UTF_8), System.out);
        System.err.printf(Locale.ROOT, "%d boxes (%d groups), %d edges -> %s%n", drawn.view().nodes().size(),
                drawn.view().groupCount(), drawn.view().edges().size(), file);
    }

    private static void printSummary(ImpactSummary s, PrintStream err) {
        err.printf(Locale.ROOT, "%d changed declarations %s; %d reach Rust, %d do not; headers entered %d, left %d"
                + " (%d files compared)%n", s.changes(), s.byKind(), s.reachingRust(), s.notReachingRust(),
                s.headersEntered(), s.headersLeft(), s.compared());
        for (CrateImpact c : s.crates().subList(0, Math.min(10, s.crates().size()))) {
            err.printf(Locale.ROOT, "  %-24s %5d changes, %d files naming them, %d using their modules%n", c.crate(),
                    c.changes(), c.directFiles(), c.indirectFiles());
        }
    }
}
