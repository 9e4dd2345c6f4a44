package dev.interopatlas.app.core.analysis;

import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.index.KernelIndex;
import java.util.Optional;

/** Another release loaded only to compare with; without MAINTAINERS it gives no readiness point. */
public record ComparedRelease(String label, KernelIndex index, Optional<MaintainersIndex> maintainers) {
}
