package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Splits a run of entries too long to read into consecutive "page" groups, each named by its parent and the first
 * and last name it holds ({@code linux: acpi.h – cpufreq.h}), nested again when there are more pages than {@link #MAX_CHILDREN}, so that no
 * level ever shows more. The order of the run is kept: pages of a sorted run cover name ranges.
 */
final class GroupPages {
    /**
     * The most children a group opens into. Forty boxes fill one screen column at a readable type size (the 7.3
     * overview's widest column has 31) and can be scanned in a few seconds; see ADR 0010.
     */
    static final int MAX_CHILDREN = 40;
    /** A page's label fits a box without being shortened (ShortLabel's 36 characters). */
    static final int LABEL_CHARS = 36;
    /** The parent's name in a page's label is cut to this many characters. */
    static final int CONTEXT_CHARS = 10;
    private static final String DASH = " \u2013 ";

    /** A page made by {@link #paginate}: its children, and the first and last names it covers. */
    record Page(String id, String label, List<String> children, String first, String last) {
    }

    private GroupPages() {
    }

    /**
     * The children that replace {@code run} under one parent: {@code run} itself when it is short enough, else
     * pages (and pages of pages) of at most {@link #MAX_CHILDREN} each.
     *
     * @param key     the parent's group key ({@code include/linux}), the stem of the page ids
     * @param context the parent's short name that starts each page's label ({@code linux}), or empty
     * @param runs   consecutive runs not to be mixed in one page (sub-groups, then members); each paged on its own
     * @param nameOf the short name of an entry of the runs (a page's label ends with it)
     * @param sink   receives each page made, innermost first
     */
    static List<String> paginate(Layer layer, String key, String context, List<List<String>> runs,
                                 Function<String, String> nameOf, Consumer<Page> sink) {
        int total = runs.stream().mapToInt(List::size).sum();
        if (total <= MAX_CHILDREN) {
            return runs.stream().flatMap(List::stream).toList();
        }
        List<String> level = new ArrayList<>();
        List<String[]> bounds = new ArrayList<>();
        int counter = 0;
        for (List<String> run : runs) {
            for (List<String> chunk : chunks(run)) {
                String first = nameOf.apply(chunk.get(0));
                String last = nameOf.apply(chunk.get(chunk.size() - 1));
                Page page = new Page(Grouping.groupId(layer, key + "#1." + (++counter)), label(context, first, last), chunk,
                        first, last);
                sink.accept(page);
                level.add(page.id());
                bounds.add(new String[] {first, last});
            }
        }
        for (int depth = 2; level.size() > MAX_CHILDREN; depth++) {
            List<String> upper = new ArrayList<>();
            List<String[]> upperBounds = new ArrayList<>();
            int index = 0;
            int at = 0;
            for (List<String> chunk : chunks(level)) {
                String first = bounds.get(at)[0];
                String last = bounds.get(at + chunk.size() - 1)[1];
                at += chunk.size();
                Page page = new Page(Grouping.groupId(layer, key + "#" + depth + "." + (++index)), label(context, first, last),
                        chunk, first, last);
                sink.accept(page);
                upper.add(page.id());
                upperBounds.add(new String[] {first, last});
            }
            level = upper;
            bounds = upperBounds;
        }
        return level;
    }

    /** {@code run} cut into the fewest near-equal consecutive chunks of at most {@link #MAX_CHILDREN}. */
    static List<List<String>> chunks(List<String> run) {
        int count = (run.size() + MAX_CHILDREN - 1) / MAX_CHILDREN;
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chunks.add(List.copyOf(run.subList(i * run.size() / count, (i + 1) * run.size() / count)));
        }
        return chunks;
    }

    /**
     * {@code context: first – last}, the names cut at their ends (a dictionary's thumb index: the start of a name
     * finds it) so that the whole stays within {@link #LABEL_CHARS}.
     */
    static String label(String context, String first, String last) {
        String prefix = context.isEmpty() ? "" : cut(context, CONTEXT_CHARS) + ": ";
        if (first.equals(last)) {
            return prefix + cut(first, LABEL_CHARS - prefix.length());
        }
        int each = (LABEL_CHARS - prefix.length() - DASH.length()) / 2;
        return prefix + cut(first, each) + DASH + cut(last, each);
    }

    private static String cut(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 1) + "\u2026";
    }
}
