package dev.interopatlas.app.core.archfixture;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;

/** Violates the GraphStream rule (and the headless-core rule): GraphStream outside its adapter. */
public final class CoreThatBuildsAGraphStreamGraph {
    private CoreThatBuildsAGraphStreamGraph() {
    }

    public static Graph graph() {
        return new SingleGraph("fixture");
    }
}
