package dev.interopatlas.indexer.cache;

import dev.interopatlas.indexer.facts.ScanMemo;
import dev.interopatlas.indexer.io.AtomicFiles;
import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A {@link ScanMemo} of a working tree kept in a small text file, valid while the scanned files keep the path and
 * {@link FileStat} they had: the test git uses to skip re-reading a file. Hashing the content instead would read
 * them all again, which is what the memo is for avoiding. When a file is racily clean, the memo is used for this
 * run only and not saved.
 *
 * <p>File format: a version line, the fingerprint of the files, one {@code question TAB answer} line each (an
 * empty answer is "none"), and {@code end COUNT}; anything else makes it discarded with a warning.
 */
final class StatScanMemo implements ScanMemo {
    static final String FILE_NAME = "scan-memo.txt";
    private static final String VERSION_LINE = "interop-atlas scan memo 1";

    private final Path file;
    private final String fingerprint;
    private final boolean savable;
    private final Map<String, Optional<String>> answers = new TreeMap<>();
    private boolean changed;

    private StatScanMemo(Path file, String fingerprint, boolean savable) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.savable = savable;
    }

    /**
     * The memo for {@code files} of the tree at {@code root}, with the answers saved for exactly their current
     * state, if any.
     */
    static StatScanMemo open(Path file, Path root, List<SourceFile> files, int version, Consumer<String> warnings)
            throws IOException {
        long checkedAt = FileStat.now();
        MessageDigest digest = sha256();
        digest.update(("indexer " + version + "\n").getBytes(StandardCharsets.UTF_8));
        boolean racy = false;
        List<Optional<FileStat>> stats = files.parallelStream().map(f -> FileStat.of(root.resolve(f.path())))
                .toList();
        for (int i = 0; i < files.size(); i++) {
            Optional<FileStat> stat = stats.get(i);
            digest.update((files.get(i).path() + "\0" + stat.map(FileStat::text).orElse("gone") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            racy |= stat.map(st -> st.racy(checkedAt)).orElse(true); // one that vanished fails when read anyway
        }
        StatScanMemo memo = new StatScanMemo(file, HexFormat.of().formatHex(digest.digest()), !racy);
        memo.load(warnings);
        return memo;
    }

    private void load(Consumer<String> warnings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            warnings.accept("scan memo " + file + " not used: " + e.getMessage());
            return;
        }
        Map<String, Optional<String>> read = new TreeMap<>();
        boolean valid = lines.size() >= 3 && lines.get(0).equals(VERSION_LINE)
                && lines.get(lines.size() - 1).equals("end " + (lines.size() - 3));
        for (int i = 2; valid && i < lines.size() - 1; i++) {
            int tab = lines.get(i).indexOf('\t');
            valid = tab > 0;
            if (valid) {
                String answer = lines.get(i).substring(tab + 1);
                read.put(lines.get(i).substring(0, tab), answer.isEmpty() ? Optional.empty() : Optional.of(answer));
            }
        }
        if (!valid) {
            warnings.accept("scan memo " + file + " is damaged; not used, rebuilding it");
            changed = true;
            return;
        }
        if (lines.get(1).equals(fingerprint)) {
            answers.putAll(read);
        } else {
            changed = true; // the headers changed: the old answers go when this run saves
        }
    }

    @Override
    public synchronized Optional<Optional<String>> recall(String question) {
        return Optional.ofNullable(answers.get(question));
    }

    @Override
    public synchronized void remember(String question, Optional<String> answer) {
        if (storable(question) && answer.map(StatScanMemo::storable).orElse(true)) {
            changed |= !answer.equals(answers.put(question, answer));
        }
    }

    private static boolean storable(String text) {
        return !text.isEmpty() && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }

    /** Writes the memo atomically when it learnt something and its files were not racily modified. */
    synchronized void save() throws IOException {
        if (!changed || !savable) {
            return;
        }
        StringBuilder text = new StringBuilder(VERSION_LINE).append('\n').append(fingerprint).append('\n');
        answers.forEach((question, answer) -> text.append(question).append('\t').append(answer.orElse(""))
                .append('\n'));
        text.append("end ").append(answers.size()).append('\n');
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        changed = false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
