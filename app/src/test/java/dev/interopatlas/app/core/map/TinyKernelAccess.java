package dev.interopatlas.app.core.map;

/** {@link TinyKernel}'s map for tests in sub-packages. */
public final class TinyKernelAccess {
    private TinyKernelAccess() {
    }

    public static AtlasMap map() {
        return AtlasMap.of(TinyKernel.graph(), GroupBy.DIRECTORY, SectionLookup.NONE);
    }
}
