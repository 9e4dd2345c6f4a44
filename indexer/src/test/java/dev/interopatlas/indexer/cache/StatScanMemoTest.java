package dev.interopatlas.indexer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatScanMemoTest {
    @TempDir
    Path root;

    private Path memoFile;
    private final List<SourceFile> files = List.of(new SourceFile("a.h", Optional.empty()),
            new SourceFile("b.h", Optional.empty()));
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        memoFile = root.resolve("cache").resolve(StatScanMemo.FILE_NAME);
        write("a.h", "int a;\n", 2);
        write("b.h", "int b;\n", 2);
    }

    private void write(String name, String text, int hoursAgo) throws IOException {
        Files.writeString(root.resolve(name), text);
        if (hoursAgo > 0) {
            Files.setLastModifiedTime(root.resolve(name), FileTime.from(Instant.now().minus(hoursAgo,
                    ChronoUnit.HOURS)));
        }
    }

    private StatScanMemo open() throws IOException {
        return StatScanMemo.open(memoFile, root, files, 1, warnings::add);
    }

    private void rememberTwoAnswers() throws IOException {
        StatScanMemo memo = open();
        memo.remember("declared", Optional.of("a.h:1"));
        memo.remember("nowhere", Optional.empty());
        memo.save();
    }

    @Test
    void remembersAnswersWhileTheFilesKeepTheirStat() throws IOException {
        rememberTwoAnswers();
        StatScanMemo again = open();
        assertEquals(Optional.of(Optional.of("a.h:1")), again.recall("declared"));
        assertEquals(Optional.of(Optional.empty()), again.recall("nowhere"));
        assertEquals(Optional.empty(), again.recall("never asked"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void forgetsEveryAnswerWhenOneFileChanges() throws IOException {
        rememberTwoAnswers();
        write("b.h", "int b; int declared;\n", 1);
        StatScanMemo again = open();
        assertEquals(Optional.empty(), again.recall("declared"));
        assertEquals(Optional.empty(), again.recall("nowhere"));
    }

    @Test
    void isNotSavedWhileAFileIsRacilyClean() throws IOException {
        write("b.h", "int b;\n", 0); // modified now: a change in the same clock tick would keep this stat
        rememberTwoAnswers();
        assertFalse(Files.exists(memoFile));
    }

    @Test
    void aDamagedMemoIsDiscardedWithAWarning() throws IOException {
        rememberTwoAnswers();
        List<String> lines = new ArrayList<>(Files.readAllLines(memoFile));
        lines.remove(lines.size() - 1); // truncated: no end line
        Files.write(memoFile, lines);
        StatScanMemo again = open();
        assertEquals(Optional.empty(), again.recall("declared"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("damaged"), warnings.toString());
    }
}
