package dev.interopatlas.app.core.analysis;

import dev.interopatlas.indexer.analysis.ReadinessHistory;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import java.util.Optional;

/** The readiness history of the releases the app knows, and the current release's section mapping. */
public record ReadinessData(Optional<ReadinessHistory> history, Optional<SubsystemMapping> mapping) {
    public static final ReadinessData EMPTY = new ReadinessData(Optional.empty(), Optional.empty());
}
