package dev.interopatlas.app.ui.cyclefixtureb;

import dev.interopatlas.app.ui.cyclefixturea.FeatureA;

/** The other half of the cycle of {@link FeatureA}. */
public final class FeatureB {
    public FeatureA partner() {
        return new FeatureA();
    }
}
