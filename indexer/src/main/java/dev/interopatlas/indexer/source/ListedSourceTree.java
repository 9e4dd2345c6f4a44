package dev.interopatlas.indexer.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Base for trees whose file listing is computed once up front; answers lookups from that listing. */
public abstract class ListedSourceTree implements SourceTree {
    private final List<SourceFile> files;
    private final Map<String, SourceFile> byPath;
    private final Set<String> directories;

    protected ListedSourceTree(List<SourceFile> sortedFiles) {
        this.files = List.copyOf(sortedFiles);
        this.byPath = new HashMap<>(files.size() * 2);
        this.directories = new HashSet<>();
        directories.add("");
        for (SourceFile file : files) {
            byPath.put(file.path(), file);
            String path = file.path();
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!directories.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
    }

    @Override
    public final List<SourceFile> files() {
        return Collections.unmodifiableList(files);
    }

    @Override
    public final Optional<SourceFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public final boolean isDirectory(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return directories.contains(trimmed);
    }

    @Override
    public void close() {
    }
}
