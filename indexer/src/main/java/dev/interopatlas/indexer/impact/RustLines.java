package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the line where a Rust file names something, reading only the files a change reaches (the index keeps
 * counts per name, not lines). A line that cannot be found is 1: the file is still named.
 */
final class RustLines {
    private final SourceTree tree;
    private final Map<String, List<String>> cache = new HashMap<>();
    /** Answers by path and name: a file reached by many changes is searched once per name. */
    private final Map<List<String>, Integer> found = new HashMap<>();

    RustLines(SourceTree tree) {
        this.tree = tree;
    }

    /** The first {@code bindings::NAME}, else the first line with NAME as a word (grouped {@code use}). */
    int firstNaming(String path, String name) {
        return found.computeIfAbsent(List.of("naming", path, name), k -> searchNaming(path, name));
    }

    private int searchNaming(String path, String name) {
        List<String> text = lines(path);
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        Pattern qualified = Pattern.compile("bindings\\s*::\\s*" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        return first(text, qualified).or(() -> first(text, word)).orElse(1);
    }

    /** The first line with the module path ({@code net::phy}), else with its last segment followed by ::. */
    int firstMention(String path, String kernelPath) {
        return found.computeIfAbsent(List.of("mention", path, kernelPath), k -> searchMention(path, kernelPath));
    }

    private int searchMention(String path, String kernelPath) {
        List<String> text = lines(path);
        String last = kernelPath.substring(kernelPath.lastIndexOf(':') + 1);
        return first(text, Pattern.compile(Pattern.quote(kernelPath) + "(?![A-Za-z0-9_])"))
                .or(() -> first(text, Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(last) + "\\s*(::|\\})")))
                .orElse(1);
    }

    private static Optional<Integer> first(List<String> text, Pattern pattern) {
        for (int i = 0; i < text.size(); i++) {
            if (pattern.matcher(text.get(i)).find()) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private List<String> lines(String path) {
        return cache.computeIfAbsent(path, p -> {
            try {
                Optional<SourceFile> file = tree.file(p);
                return file.isEmpty() ? List.of()
                        : new String(tree.read(file.get()), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                return List.of();
            }
        });
    }
}
