package dev.interopatlas.indexer.cache;

import dev.interopatlas.indexer.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The blob id of each file of a working tree, known without reading the file while its {@link FileStat} is the
 * one recorded with the id: what git's index does for {@code git status}. A re-index of an unchanged tree then
 * neither reads nor hashes the files it has facts for. Racily clean files are not recorded. Thread-safe.
 *
 * <p>File format: a version line, one {@code path TAB stat TAB blob-id} line per file, and {@code end COUNT};
 * anything else makes it discarded with a warning. A save keeps only the files looked up in this run.
 */
final class StatBlobIds {
    static final String FILE_NAME = "blob-ids.txt";
    private static final String VERSION_LINE = "interop-atlas blob ids 1";

    private record Entry(String stat, String blobId) {
    }

    private final Path file;
    private final long checkedAt;
    private final Map<String, Entry> known;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private StatBlobIds(Path file, long checkedAt, Map<String, Entry> known, boolean changed) {
        this.file = file;
        this.checkedAt = checkedAt;
        this.known = known;
        this.changed = changed;
    }

    static StatBlobIds load(Path file, Consumer<String> warnings) {
        long checkedAt = FileStat.now();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new StatBlobIds(file, checkedAt, Map.of(), false);
        } catch (IOException e) {
            warnings.accept("blob id list " + file + " not used: " + e.getMessage());
            return new StatBlobIds(file, checkedAt, Map.of(), true);
        }
        Map<String, Entry> known = new TreeMap<>();
        boolean valid = lines.size() >= 2 && lines.get(0).equals(VERSION_LINE)
                && lines.get(lines.size() - 1).equals("end " + (lines.size() - 2));
        for (int i = 1; valid && i < lines.size() - 1; i++) {
            String[] fields = lines.get(i).split("\t", -1);
            valid = fields.length == 3 && !fields[0].isEmpty() && isBlobId(fields[2]);
            if (valid) {
                known.put(fields[0], new Entry(fields[1], fields[2]));
            }
        }
        if (!valid) {
            warnings.accept("blob id list " + file + " is damaged; not used, rebuilding it");
            return new StatBlobIds(file, checkedAt, Map.of(), true);
        }
        return new StatBlobIds(file, checkedAt, known, false);
    }

    /** 40 lowercase hex digits (without a regular expression: this runs for every file of the tree). */
    private static boolean isBlobId(String text) {
        if (text.length() != 40) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The blob id recorded for {@code path} with exactly this stat. */
    Optional<String> known(String path, FileStat stat) {
        Entry entry = known.get(path);
        if (entry == null || !entry.stat().equals(stat.text())) {
            return Optional.empty();
        }
        used.put(path, entry);
        return Optional.of(entry.blobId());
    }

    /** Records the id of a file just read, unless it is racily clean or its path does not fit a line. */
    void learn(String path, FileStat stat, String blobId) {
        if (stat.racy(checkedAt) || path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
            return;
        }
        Entry entry = new Entry(stat.text(), blobId);
        used.put(path, entry);
        if (!entry.equals(known.get(path))) {
            changed = true;
        }
    }

    /** Writes the ids of the files of this run atomically, when one was learnt or the file was damaged. */
    void save() throws IOException {
        if (!changed) {
            return;
        }
        StringBuilder text = new StringBuilder(VERSION_LINE).append('\n');
        Map<String, Entry> sorted = new TreeMap<>(used);
        sorted.forEach((path, entry) -> text.append(path).append('\t').append(entry.stat()).append('\t')
                .append(entry.blobId()).append('\n'));
        text.append("end ").append(sorted.size()).append('\n');
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        changed = false;
    }
}
