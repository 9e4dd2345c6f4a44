package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.c.CBoundaryIndex;
import dev.interopatlas.indexer.c.CSymbol;
import dev.interopatlas.indexer.c.DeclarationText;
import dev.interopatlas.indexer.c.DeclarationTexts;
import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.impact.ChangeKind;
import dev.interopatlas.model.impact.HeaderChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares the declarations of two bindings include closures by normalised text. Only the files that differ
 * (another blob, or in one closure only) are read and compared; a declaration that also appears in an unchanged
 * file is read there too, so one that merely moved between headers, or lost one of two identical copies, is no
 * change.
 */
final class DeclarationDiff {
    private static final int MAX_TEXT = 2000;

    /** One side: its tree and the C boundary built from it. */
    record Side(SourceTree tree, CBoundaryIndex boundary) {
    }

    record Result(List<FoundChange> changes, List<HeaderChange> headers, int compared) {
    }

    /** A declaration's text where it was found. */
    private record Located(String header, DeclarationPrint text) {
        /** Everything but where: what two sides are compared by. */
        List<Long> content() {
            return text.content();
        }

        /** Every non-empty part's preview, for an added or removed declaration. */
        String whole() {
            List<String> parts = new ArrayList<>();
            parts.add(text.kind().json());
            text.previews().stream().filter(p -> !p.isEmpty()).forEach(parts::add);
            return String.join(" ", parts);
        }
    }

    private DeclarationDiff() {
    }

    /**
     * @param differs whether a header present in both closures has other content on the newer side (blob ids
     *                compared for git trees, the patched files for a patch)
     */
    static Result compare(Side from, Side to, Predicate<String> differs, DeclarationPrints prints)
            throws IOException {
        Set<String> fromHeaders = new HashSet<>(from.boundary().closureHeaders());
        Set<String> toHeaders = new HashSet<>(to.boundary().closureHeaders());
        List<HeaderChange> headers = new ArrayList<>();
        new TreeSet<>(toHeaders).stream().filter(h -> !fromHeaders.contains(h))
                .forEach(h -> headers.add(new HeaderChange(h, HeaderChange.Change.ENTERED)));
        new TreeSet<>(fromHeaders).stream().filter(h -> !toHeaders.contains(h))
                .forEach(h -> headers.add(new HeaderChange(h, HeaderChange.Change.LEFT)));

        Set<String> changedFrom = new TreeSet<>();
        Set<String> changedTo = new TreeSet<>();
        for (String h : fromHeaders) {
            if (!toHeaders.contains(h) || differs.test(h)) {
                changedFrom.add(h);
            }
        }
        for (String h : toHeaders) {
            if (!fromHeaders.contains(h) || differs.test(h)) {
                changedTo.add(h);
            }
        }
        Map<DeclarationKey, List<Located>> before = new HashMap<>();
        Map<DeclarationKey, List<Located>> after = new HashMap<>();
        textsOf(prints, from.tree(), changedFrom).forEach((h, texts) -> add(h, texts, before, key -> true));
        textsOf(prints, to.tree(), changedTo).forEach((h, texts) -> add(h, texts, after, key -> true));
        Set<DeclarationKey> touched = new HashSet<>(before.keySet());
        touched.addAll(after.keySet());
        // the same declarations in files both sides share unchanged: read once, counted on both sides
        Set<String> shared = new TreeSet<>();
        for (String h : fromHeaders) {
            if (!changedFrom.contains(h) && from.boundary().declaredIn(h).stream()
                    .anyMatch(s -> touched.contains(DeclarationKey.of(s.kind(), s.name())))) {
                shared.add(h);
            }
        }
        textsOf(prints, from.tree(), shared).forEach((h, texts) -> {
            add(h, texts, before, touched::contains);
            add(h, texts, after, touched::contains);
        });
        List<FoundChange> changes = new ArrayList<>();
        for (DeclarationKey key : new TreeSet<>(touched)) {
            compareOne(key, before.getOrDefault(key, List.of()), after.getOrDefault(key, List.of()))
                    .ifPresent(changes::add);
        }
        return new Result(changes, headers, changedFrom.size() + changedTo.size() + shared.size());
    }

    /** The declaration texts of each of {@code headers}, read and lexed on all cores. */
    private static Map<String, List<DeclarationPrint>> textsOf(DeclarationPrints prints, SourceTree tree,
                                                               Set<String> headers) throws IOException {
        try {
            Map<String, List<DeclarationPrint>> texts = new TreeMap<>();
            headers.parallelStream().map(h -> Map.entry(h, read(prints, tree, h))).toList()
                    .forEach(e -> texts.put(e.getKey(), e.getValue()));
            return texts;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<DeclarationPrint> read(DeclarationPrints prints, SourceTree tree, String header) {
        Optional<SourceFile> file = tree.file(header);
        if (file.isEmpty()) {
            return List.of();
        }
        try {
            return prints.of(tree, file.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(String header, List<DeclarationPrint> texts, Map<DeclarationKey, List<Located>> into,
                            Predicate<DeclarationKey> wanted) {
        for (DeclarationPrint text : texts) {
            DeclarationKey key = DeclarationKey.of(text.kind(), text.name());
            if (wanted.test(key)) {
                into.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(header, text));
            }
        }
    }

    private static Optional<FoundChange> compareOne(DeclarationKey key, List<Located> before, List<Located> after) {
        Set<List<Long>> old = contents(before);
        Set<List<Long>> now = contents(after);
        if (old.equals(now)) {
            return Optional.empty();
        }
        if (old.isEmpty() || now.isEmpty()) {
            Located where = primary(old.isEmpty() ? after : before);
            String whole = describe(old.isEmpty() ? after : before, Located::whole);
            return Optional.of(new FoundChange(key, where.text().kind(), where.header(), where.text().line(),
                    old.isEmpty() ? ChangeKind.ADDED : ChangeKind.REMOVED,
                    old.isEmpty() ? Optional.empty() : Optional.of(whole),
                    old.isEmpty() ? Optional.of(whole) : Optional.empty()));
        }
        Located where = primary(after);
        if (!project(before, l -> l.text().kind()).equals(project(after, l -> l.text().kind()))) {
            return Optional.of(new FoundChange(key, where.text().kind(), where.header(), where.text().line(),
                    ChangeKind.SIGNATURE_CHANGED, Optional.of(describe(before, Located::whole)),
                    Optional.of(describe(after, Located::whole))));
        }
        ChangeKind change;
        int part;
        if (differ(before, after, DeclarationPrint.SIGNATURE)) {
            change = ChangeKind.SIGNATURE_CHANGED;
            part = DeclarationPrint.SIGNATURE;
        } else if (differ(before, after, DeclarationPrint.FIELDS)) {
            change = ChangeKind.FIELDS_CHANGED;
            part = DeclarationPrint.FIELDS;
        } else if (differ(before, after, DeclarationPrint.VALUE)) {
            change = ChangeKind.VALUE_CHANGED;
            part = DeclarationPrint.VALUE;
        } else {
            change = ChangeKind.BODY_CHANGED;
            part = DeclarationPrint.BODY;
        }
        String shownBefore = describe(before, l -> l.text().preview(part));
        String shownAfter = describe(after, l -> l.text().preview(part));
        // previews cut before the difference read the same: where to read both again, for the changes listed
        Optional<FoundChange.HiddenDifference> hidden = !shownBefore.equals(shownAfter) ? Optional.empty()
                : Optional.of(new FoundChange.HiddenDifference(primary(before).header(), primary(before).text(),
                        where.header(), where.text(), part));
        return Optional.of(new FoundChange(key, where.text().kind(), where.header(), where.text().line(), change,
                Optional.of(shownBefore), Optional.of(shownAfter), hidden));
    }

    /**
     * Reads both versions of a change whose previews hide its difference again and shows them from just before
     * their first difference. Only for the changes a report lists: 7.3's comparison with 6.12 has hundreds of
     * such changes among 30,799, 17 among the 1,132 that reach Rust, and lexing their headers again costs.
     */
    static final class HiddenDifferences {
        private final FullTexts before;
        private final FullTexts after;

        HiddenDifferences(SourceTree before, SourceTree after) {
            this.before = new FullTexts(before);
            this.after = new FullTexts(after);
        }

        FoundChange shown(FoundChange change) throws IOException {
            if (change.hidden().isEmpty()) {
                return change;
            }
            FoundChange.HiddenDifference hidden = change.hidden().get();
            Optional<String> fullOld = before.part(hidden.beforeHeader(), hidden.before(), hidden.part());
            Optional<String> fullNew = after.part(hidden.afterHeader(), hidden.after(), hidden.part());
            if (fullOld.isEmpty() || fullNew.isEmpty()) {
                return change;
            }
            List<String> shown = FromFirstDifference.of(fullOld.get(), fullNew.get(), MAX_TEXT);
            return change.shown(shown.get(0), shown.get(1));
        }
    }

    /** One side's declarations, lexed again in full for the few whose previews hide their difference. */
    private static final class FullTexts {
        private final SourceTree tree;
        private final Map<String, List<DeclarationText>> byHeader = new java.util.concurrent.ConcurrentHashMap<>();

        FullTexts(SourceTree tree) {
            this.tree = tree;
        }

        /** The whole part of the declaration printed as {@code print} in {@code header} (same kind, name, line). */
        Optional<String> part(String header, DeclarationPrint print, int part) throws IOException {
            Optional<SourceFile> file = tree.file(header);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            List<DeclarationText> texts = byHeader.get(header);
            if (texts == null) { // two changes in one header may both lex it: rare, and only wasted time
                texts = DeclarationTexts.of(tree.read(file.get()));
                byHeader.put(header, texts);
            }
            for (DeclarationText text : texts) {
                if (text.kind() == print.kind() && text.name().equals(print.name()) && text.line() == print.line()) {
                    return Optional.of(DeclarationPrint.parts(text)[part]);
                }
            }
            return Optional.empty();
        }
    }

    private static boolean differ(List<Located> before, List<Located> after, int part) {
        return !project(before, l -> l.text().hash(part)).equals(project(after, l -> l.text().hash(part)));
    }

    private static Set<List<Long>> contents(List<Located> found) {
        Set<List<Long>> out = new HashSet<>();
        found.forEach(l -> out.add(l.content()));
        return out;
    }

    private static <T> Set<T> project(List<Located> found, Function<Located, T> part) {
        Set<T> out = new HashSet<>();
        found.forEach(l -> out.add(part.apply(l)));
        return out;
    }

    /** The declaration to point at: a non-macro one first (what bindgen binds), then the first found. */
    private static Located primary(List<Located> found) {
        return found.stream().min(Comparator.comparingInt((Located l) -> isMacro(l.text().kind()) ? 1 : 0))
                .orElseThrow();
    }

    private static boolean isMacro(CDeclKind kind) {
        return kind == CDeclKind.MACRO_CONSTANT || kind == CDeclKind.MACRO_FUNCTION;
    }

    /** The distinct previews of one part, joined. */
    private static String describe(List<Located> found, Function<Located, String> part) {
        Set<String> texts = new LinkedHashSet<>();
        for (Located l : found) {
            texts.add(part.apply(l));
        }
        String joined = String.join(" | ", texts);
        return joined.length() <= MAX_TEXT ? joined : joined.substring(0, MAX_TEXT) + "…";
    }

    /** The key of a declaration the boundary resolved a name to. */
    static DeclarationKey keyOf(CSymbol symbol) {
        return DeclarationKey.of(symbol.kind(), symbol.name());
    }
}
