package dev.interopatlas.app.core.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The immutable group tree of one graph: every node of the graph is a member somewhere in it. */
public final class Hierarchy {
    private final Map<String, MapEntry> entries;
    private final List<String> roots;

    Hierarchy(Map<String, MapEntry> entries, List<String> roots) {
        this.entries = Collections.unmodifiableMap(entries);
        this.roots = List.copyOf(roots);
    }

    /** The top of the tree: what the overview shows, in column order. */
    public List<String> roots() {
        return roots;
    }

    public Optional<MapEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    MapEntry get(String id) {
        MapEntry entry = entries.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("not on the map: " + id);
        }
        return entry;
    }

    public Collection<MapEntry> entries() {
        return entries.values();
    }

    /** The entries from the top of the tree down to {@code id} itself (the breadcrumbs of a selection). */
    public List<MapEntry> pathTo(String id) {
        List<MapEntry> path = new ArrayList<>();
        Optional<MapEntry> at = entry(id);
        while (at.isPresent()) {
            path.add(at.get());
            at = at.get().parent().map(this::get);
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /** Every group below {@code id}, itself excluded. */
    List<String> groupsBelow(String id) {
        List<String> below = new ArrayList<>();
        for (String child : get(id).children()) {
            if (get(child).group()) {
                below.add(child);
                below.addAll(groupsBelow(child));
            }
        }
        return below;
    }
}
