package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes the group tree readable at every level while {@link Grouping} builds it: a group of more than
 * {@link GroupPages#MAX_CHILDREN} children first gets its bound C symbols and helpers grouped by the file that
 * declares them (when that makes it narrower), then pages by name range; an overview of more than
 * {@link #MAX_OVERVIEW_BOXES} boxes gets each column wider than {@link GroupPages#MAX_CHILDREN} paged too. Works on Grouping's maps in place.
 */
final class WideGroups {
    /**
     * The most boxes the overview shows before its columns are paged: the upper bound for the overview. The
     * real trees stay below it (7.3: 99 boxes by directory, 66 by section) and are not paged.
     */
    static final int MAX_OVERVIEW_BOXES = 250;

    private final Map<String, Node> nodes;
    private final Map<String, String> parentOf;
    private final Map<String, String> labels;
    private final Map<String, Layer> layers;
    private final Map<String, List<String>> children;
    private final Comparator<String> order;

    WideGroups(Map<String, Node> nodes, Map<String, String> parentOf, Map<String, String> labels,
               Map<String, Layer> layers, Map<String, List<String>> children, Comparator<String> order) {
        this.nodes = nodes;
        this.parentOf = parentOf;
        this.labels = labels;
        this.layers = layers;
        this.children = children;
        this.order = order;
    }

    /** {@code group} brought to at most {@link GroupPages#MAX_CHILDREN} children. */
    void narrow(String group) {
        List<String> kids = children.getOrDefault(group, List.of());
        if (kids.size() <= GroupPages.MAX_CHILDREN) {
            return;
        }
        Layer layer = layers.get(group);
        if (layer == Layer.BINDINGS) {
            byDeclaringFile(group, kids).forEach(this::narrow);
            kids = children.get(group);
        }
        if (kids.size() > GroupPages.MAX_CHILDREN) {
            String label = labels.get(group);
            children.put(group, paginate(layer, keyOf(group, layer), lastSegment(label), kids,
                    id -> nameWithin(label, id), Optional.of(group)));
        }
    }

    /** The overview's top entries; when there are too many, each column paged like a group's children. */
    List<String> narrowColumns(List<String> roots) {
        if (roots.size() <= MAX_OVERVIEW_BOXES) {
            return roots;
        }
        Map<Layer, List<String>> columns = new LinkedHashMap<>();
        roots.forEach(id -> columns.computeIfAbsent(layerOf(id), l -> new ArrayList<>()).add(id));
        List<String> narrowed = new ArrayList<>();
        columns.forEach((layer, column) -> narrowed.addAll(column.size() <= GroupPages.MAX_CHILDREN ? column
                : paginate(layer, "", "", column, id -> nameWithin("", id), Optional.empty())));
        return narrowed;
    }

    /**
     * The members of {@code group} that share a declaring file, two or more, moved into a group named after the file
     * ({@code group:bindings:include/linux/phy.h}); nothing is moved when that would not make the group narrower.
     *
     * @return the groups made
     */
    private List<String> byDeclaringFile(String group, List<String> kids) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String kid : kids) {
            Optional<String> file = Optional.ofNullable(nodes.get(kid)).flatMap(Node::path);
            file.ifPresent(f -> byFile.computeIfAbsent(f, x -> new ArrayList<>()).add(kid));
        }
        byFile.values().removeIf(members -> members.size() < 2);
        int moved = byFile.values().stream().mapToInt(List::size).sum();
        if (byFile.size() >= moved || byFile.size() == 1 && moved == kids.size()) {
            return List.of();
        }
        List<String> made = new ArrayList<>();
        List<String> remaining = new ArrayList<>(kids);
        byFile.forEach((file, members) -> {
            String id = Grouping.groupId(Layer.BINDINGS, file);
            labels.put(id, file);
            layers.put(id, Layer.BINDINGS);
            parentOf.put(id, group);
            members.forEach(m -> parentOf.put(m, id));
            children.put(id, members);
            remaining.removeAll(members);
            remaining.add(id);
            made.add(id);
        });
        remaining.sort(order);
        children.put(group, remaining);
        return made;
    }

    /** Pages of {@code kids} (sub-groups and members paged apart), registered as groups under {@code parent}. */
    private List<String> paginate(Layer layer, String key, String context, List<String> kids,
                                  Function<String, String> nameOf, Optional<String> parent) {
        List<String> groups = kids.stream().filter(labels::containsKey).toList();
        List<String> members = kids.stream().filter(k -> !labels.containsKey(k)).toList();
        List<List<String>> runs = groups.isEmpty() || members.isEmpty() ? List.of(kids) : List.of(groups, members);
        List<String> top = GroupPages.paginate(layer, key, context, runs, nameOf, page -> {
            labels.put(page.id(), page.label());
            layers.put(page.id(), layer);
            children.put(page.id(), page.children());
            page.children().forEach(child -> parentOf.put(child, page.id()));
        });
        top.forEach(page -> parent.ifPresentOrElse(p -> parentOf.put(page, p), () -> parentOf.remove(page)));
        return top;
    }

    /** A child's name as its parent's page label shows it: {@code phy.h} in {@code include/linux}. */
    private String nameWithin(String parentLabel, String id) {
        String name = labels.containsKey(id) ? labels.get(id) : nodes.get(id).label();
        for (String separator : List.of("/", "::")) {
            String prefix = parentLabel + separator;
            if (!parentLabel.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** {@code linux} of {@code include/linux}, {@code sync} of {@code kernel::sync}: what a page label starts with. */
    static String lastSegment(String label) {
        int cut = Math.max(label.lastIndexOf('/') + 1, label.lastIndexOf("::") + 2);
        return cut > 1 && cut < label.length() ? label.substring(cut) : label;
    }

    private Layer layerOf(String id) {
        return layers.containsKey(id) ? layers.get(id) : nodes.get(id).layer();
    }

    private static String keyOf(String group, Layer layer) {
        return group.substring(Grouping.groupId(layer, "").length());
    }
}
