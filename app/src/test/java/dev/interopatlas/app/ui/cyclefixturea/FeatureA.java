package dev.interopatlas.app.ui.cyclefixturea;

import dev.interopatlas.app.ui.cyclefixtureb.FeatureB;

/** With {@link FeatureB}, violates the no-cycles rule, as ui.readiness and ui.explorer once did. */
public final class FeatureA {
    public FeatureB partner() {
        return new FeatureB();
    }
}
