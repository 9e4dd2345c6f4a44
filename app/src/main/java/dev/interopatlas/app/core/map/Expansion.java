package dev.interopatlas.app.core.map;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which groups are open, as an immutable value: each change gives a new state, so the UI can keep the previous one
 * for undo and the export draws exactly what the screen shows.
 *
 * @param expanded ids of the open groups; a group is drawn open only when its enclosing groups are open too
 */
public record Expansion(Set<String> expanded) {
    public static final Expansion NONE = new Expansion(Set.of());

    public Expansion {
        expanded = Set.copyOf(expanded);
    }

    public boolean isExpanded(String groupId) {
        return expanded.contains(groupId);
    }

    /** {@code group} opened in place into its children. A member, or an unknown id, is refused. */
    public Expansion expand(Hierarchy hierarchy, String group) {
        requireGroup(hierarchy, group);
        Set<String> next = new HashSet<>(expanded);
        next.add(group);
        return new Expansion(next);
    }

    /** {@code group} closed back, and the groups inside it with it (reopening it shows its children closed). */
    public Expansion collapse(Hierarchy hierarchy, String group) {
        requireGroup(hierarchy, group);
        Set<String> next = new HashSet<>(expanded);
        next.remove(group);
        hierarchy.groupsBelow(group).forEach(next::remove);
        return new Expansion(next);
    }

    /** Every group above {@code id} opened, so that it is drawn itself (a search hit inside closed groups). */
    public Expansion reveal(Hierarchy hierarchy, String id) {
        List<MapEntry> path = hierarchy.pathTo(id);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("not on the map: " + id);
        }
        Set<String> next = new HashSet<>(expanded);
        path.subList(0, path.size() - 1).forEach(e -> next.add(e.id()));
        return new Expansion(next);
    }

    /** The open groups above {@code id}, outermost first: the breadcrumbs of where it is. */
    public List<MapEntry> breadcrumbs(Hierarchy hierarchy, String id) {
        List<MapEntry> path = hierarchy.pathTo(id);
        return path.stream().filter(e -> e.group() && expanded.contains(e.id()) && !e.id().equals(id)).toList();
    }

    private static void requireGroup(Hierarchy hierarchy, String group) {
        if (!hierarchy.entry(group).map(MapEntry::group).orElse(false)) {
            throw new IllegalArgumentException("not a group of the map: " + group);
        }
    }
}
