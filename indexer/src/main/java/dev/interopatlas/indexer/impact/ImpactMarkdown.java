package dev.interopatlas.indexer.impact;

import dev.interopatlas.model.impact.CrateImpact;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.ImpactSummary;
import dev.interopatlas.model.impact.RustReach;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The report as Markdown to paste into a review reply: a summary, then one table per crate reached. */
public final class ImpactMarkdown {
    private ImpactMarkdown() {
    }

    public static String render(ImpactReport report) {
        ImpactSummary s = report.summary();
        StringBuilder out = new StringBuilder();
        out.append("### Rust impact: ").append(code(report.from())).append(" → ").append(code(report.to()))
                .append("\n\n");
        out.append(String.format(Locale.ROOT, "Changed C declarations of the bindings include closure: %d (%s); "
                        + "**reaching Rust: %d**, reaching no Rust code: %d. Headers entering the closure: %d, "
                        + "leaving: %d.%n%n",
                s.changes(), kinds(s.byKind()), s.reachingRust(), s.notReachingRust(), s.headersEntered(),
                s.headersLeft()));
        if (!s.rustAffected()) {
            out.append("No Rust file names a changed declaration.\n");
            return out.toString();
        }
        out.append("| crate | changes | files naming them | files using their modules |\n|---|---:|---:|---:|\n");
        for (CrateImpact c : s.crates()) {
            out.append("| ").append(code(c.crate())).append(" | ").append(c.changes()).append(" | ")
                    .append(c.directFiles()).append(" | ").append(c.indirectFiles()).append(" |\n");
        }
        Map<String, List<String>> rowsByCrate = new TreeMap<>();
        for (DeclarationChange change : report.changes()) {
            String what = code(change.symbol()) + " (" + change.kind() + ")";
            String where = code(change.header() + ":" + change.line());
            for (RustReach r : change.direct()) {
                rowsByCrate.computeIfAbsent(r.crate(), k -> new ArrayList<>()).add("| " + what + " | "
                        + change.change().json() + " | " + where + " | " + code(r.path() + ":" + r.line())
                        + " | " + codes(r.via()) + " |");
            }
            for (RustReach r : change.indirect()) {
                rowsByCrate.computeIfAbsent(r.crate(), k -> new ArrayList<>()).add("| " + what + " | "
                        + change.change().json() + " | " + where + " | " + code(r.path() + ":" + r.line())
                        + " | indirect, uses " + codes(r.via()) + " |");
            }
        }
        for (CrateImpact c : s.crates()) {
            out.append("\n#### ").append(code(c.crate())).append("\n\n")
                    .append("| C declaration | change | declared at | Rust | via |\n|---|---|---|---|---|\n");
            rowsByCrate.getOrDefault(c.crate(), List.of()).forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }

    private static String kinds(Map<String, Integer> byKind) {
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, count) -> parts.add(count + " " + kind));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String codes(List<String> names) {
        return String.join(", ", names.stream().map(ImpactMarkdown::code).toList());
    }

    /** Inline code; a backtick or pipe in a name cannot break the table. */
    private static String code(String text) {
        return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }
}
