package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the group tree of a graph. C headers go by directory (or MAINTAINERS section), bound C symbols and helpers
 * by the same key of the file that declares them, kernel-crate modules by the module tree ({@code kernel::sync}
 * holds {@code kernel::sync::lock}, which holds {@code kernel::sync::lock::mutex}; top-level modules without
 * sub-modules go with the crate root in group {@code kernel}), consumers stay one node per crate. No group opens
 * into more than {@link GroupPages#MAX_CHILDREN} boxes ({@link WideGroups}): a wider one gets its bound symbols
 * grouped by declaring header ({@code group:bindings:include/linux/phy.h}), then name-range pages.
 */
public final class Grouping {
    static final String UNRESOLVED = "(unresolved)";
    static final String NO_SECTION = "(no section)";
    static final String TREE_ROOT = "(tree root)";

    private final GroupBy groupBy;
    private final SectionLookup sections;

    private Grouping(GroupBy groupBy, SectionLookup sections) {
        this.groupBy = groupBy;
        this.sections = sections;
    }

    public static Hierarchy build(InteropGraph graph, GroupBy groupBy, SectionLookup sections) {
        return new Grouping(groupBy, sections).build(graph);
    }

    /** The id of the group with {@code key} in a column: {@code group:c-headers:include/linux}. */
    public static String groupId(Layer layer, String key) {
        return "group:" + layer.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + key;
    }

    private Hierarchy build(InteropGraph graph) {
        Map<Layer, Set<String>> directories = new EnumMap<>(Layer.class);
        Set<String> moduleGroups = new HashSet<>();
        for (Node node : graph.nodes()) {
            if (node.kind() == NodeKind.ABSTRACTION) {
                List<String> prefixes = modulePrefixes(node.label());
                moduleGroups.addAll(prefixes.subList(0, Math.max(0, prefixes.size() - 1)));
            } else if (node.kind() != NodeKind.CONSUMER && node.path().isPresent()) {
                directories.computeIfAbsent(node.layer(), l -> new HashSet<>()).add(directoryOf(node.path().get()));
            }
        }
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        Map<String, Layer> groupLayers = new HashMap<>();
        for (Node node : graph.nodes()) {
            List<String> chain = switch (node.kind()) {
                case CONSUMER -> List.of();
                case ABSTRACTION -> moduleChain(node.label(), moduleGroups);
                default -> fileChain(node, directories.getOrDefault(node.layer(), Set.of()));
            };
            String parent = null;
            for (String key : chain) {
                String id = groupId(node.layer(), key);
                groupLabels.putIfAbsent(id, key);
                groupLayers.putIfAbsent(id, node.layer());
                if (parent != null) {
                    parentOf.putIfAbsent(id, parent);
                }
                parent = id;
            }
            if (parent != null) {
                parentOf.put(node.id(), parent);
            }
        }
        return assemble(graph, parentOf, groupLabels, groupLayers);
    }

    private static Hierarchy assemble(InteropGraph graph, Map<String, String> parentOf, Map<String, String> groupLabels,
                                      Map<String, Layer> groupLayers) {
        Map<String, Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        Comparator<String> order = Comparator.comparing((String id) -> !groupLabels.containsKey(id))
                .thenComparing(id -> groupLabels.containsKey(id) ? groupLabels.get(id) : nodes.get(id).label())
                .thenComparing(id -> id);
        Map<String, List<String>> children = new HashMap<>();
        parentOf.forEach((child, parent) -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child));
        children.values().forEach(kids -> kids.sort(order));
        WideGroups wide = new WideGroups(nodes, parentOf, groupLabels, groupLayers, children, order);
        for (String group : List.copyOf(groupLabels.keySet())) {
            wide.narrow(group);
        }
        Comparator<String> byLayer = Comparator.comparing(id -> groupLayers.containsKey(id) ? groupLayers.get(id)
                : nodes.get(id).layer());
        List<String> roots = new ArrayList<>();
        graph.nodes().stream().map(Node::id).filter(id -> !parentOf.containsKey(id)).forEach(roots::add);
        groupLabels.keySet().stream().filter(g -> !parentOf.containsKey(g)).forEach(roots::add);
        roots.sort(byLayer.thenComparing(order));
        roots = wide.narrowColumns(roots);
        Map<String, MapEntry> entries = new HashMap<>();
        for (Node node : graph.nodes()) {
            entries.put(node.id(), new MapEntry(node.id(), node.layer(), node.label(),
                    Optional.ofNullable(parentOf.get(node.id())), List.of(), false, 1, node.metric("unsafeTotal")));
        }
        for (String group : groupLabels.keySet()) {
            addGroup(group, parentOf, groupLabels, groupLayers, children, entries);
        }
        return new Hierarchy(entries, roots);
    }

    private static MapEntry addGroup(String group, Map<String, String> parentOf, Map<String, String> labels,
                                     Map<String, Layer> layers, Map<String, List<String>> children,
                                     Map<String, MapEntry> entries) {
        MapEntry done = entries.get(group);
        if (done != null) {
            return done;
        }
        List<String> kids = children.getOrDefault(group, List.of());
        int members = 0;
        int unsafe = 0;
        for (String kid : kids) {
            MapEntry entry = labels.containsKey(kid) ? addGroup(kid, parentOf, labels, layers, children, entries)
                    : entries.get(kid);
            members += entry.memberCount();
            unsafe += entry.unsafeTotal();
        }
        MapEntry entry = new MapEntry(group, layers.get(group), labels.get(group),
                Optional.ofNullable(parentOf.get(group)), kids, true, members, unsafe);
        entries.put(group, entry);
        return entry;
    }

    /** {@code kernel::a::b::c} → {@code kernel::a}, {@code kernel::a::b}, {@code kernel::a::b::c}. */
    static List<String> modulePrefixes(String modulePath) {
        String[] parts = modulePath.split("::");
        List<String> prefixes = new ArrayList<>();
        StringBuilder prefix = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            prefix.append("::").append(parts[i]);
            prefixes.add(prefix.toString());
        }
        return prefixes;
    }

    /**
     * The groups of a module, outermost first: its ancestors', and its own when it has sub-modules. The crate root
     * and the top-level modules without sub-modules ({@code kernel::pci}, {@code kernel::uaccess}…) share one group
     * named after the crate: on 7.3 they are 55 of the 84 top-level modules, and one box each would make the
     * overview three screens tall.
     */
    private static List<String> moduleChain(String modulePath, Set<String> moduleGroups) {
        List<String> chain = modulePrefixes(modulePath).stream().filter(moduleGroups::contains).toList();
        if (chain.isEmpty() && modulePrefixes(modulePath).size() <= 1) {
            return List.of(modulePath.split("::")[0]);
        }
        return chain;
    }

    private List<String> fileChain(Node node, Set<String> directoriesOfLayer) {
        if (node.path().isEmpty()) {
            return List.of(UNRESOLVED);
        }
        String file = node.path().get();
        if (groupBy == GroupBy.SUBSYSTEM) {
            return List.of(sections.sectionsOf(file).stream().findFirst().orElse(NO_SECTION));
        }
        String directory = directoryOf(file);
        List<String> chain = new ArrayList<>();
        for (String candidate : ancestorsOrSelf(directory)) {
            if (directoriesOfLayer.contains(candidate)) {
                chain.add(candidate);
            }
        }
        return chain;
    }

    static String directoryOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? TREE_ROOT : file.substring(0, slash);
    }

    /** {@code a/b/c} → {@code a}, {@code a/b}, {@code a/b/c}. */
    private static List<String> ancestorsOrSelf(String directory) {
        List<String> all = new ArrayList<>();
        int from = 0;
        while (true) {
            int slash = directory.indexOf('/', from);
            if (slash < 0) {
                all.add(directory);
                return all;
            }
            all.add(directory.substring(0, slash));
            from = slash + 1;
        }
    }
}
