package dev.interopatlas.app.core.query;

import dev.interopatlas.model.graph.Edge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** The n-hop neighbourhood of a node, following edges in both directions (focus + context). */
public final class Neighbourhood {
    private Neighbourhood() {
    }

    /** Every node within {@code hops} edges of {@code centre}, with its distance; the centre has distance 0. */
    public static Map<String, Integer> around(GraphIndex index, String centre, int hops) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        if (index.node(centre).isEmpty()) {
            return distance;
        }
        distance.put(centre, 0);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(centre);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int d = distance.get(id);
            if (d >= hops) {
                continue;
            }
            for (Edge e : index.outgoing(id)) {
                if (distance.putIfAbsent(e.to(), d + 1) == null) {
                    queue.add(e.to());
                }
            }
            for (Edge e : index.incoming(id)) {
                if (distance.putIfAbsent(e.from(), d + 1) == null) {
                    queue.add(e.from());
                }
            }
        }
        return distance;
    }
}
