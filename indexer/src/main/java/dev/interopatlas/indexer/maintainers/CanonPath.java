package dev.interopatlas.indexer.maintainers;

/** Perl's File::Spec::Unix canonpath (a line-by-line port), as get_maintainer.pl applies it to {@code -f} paths. */
final class CanonPath {
    private CanonPath() {
    }

    static String of(String path) {
        String p = path.replaceAll("/{2,}", "/");
        p = p.replaceAll("(?:/\\.)+(?:/|\\z)", "/");
        if (!p.equals("./")) {
            p = p.replaceFirst("^(?:\\./)+", "");
        }
        p = p.replaceFirst("^/(?:\\.\\./)+", "/");
        p = p.replaceFirst("^/\\.\\.$", "/");
        if (!p.equals("/")) {
            p = p.replaceFirst("/\\z", "");
        }
        return p;
    }
}
