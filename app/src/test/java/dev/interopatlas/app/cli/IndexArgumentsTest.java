package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every {@code index} command line read without picocli is read as picocli reads it; the rest is left to it. */
class IndexArgumentsTest {
    private static final List<String> WORDS = List.of("linux", "src/./linux", "a b", "--arch", "arm64",
            "--arch=riscv", "-o", "i.json", "-oi.json", "-o=x.json", "--out", "--out=o.json", "--out=", "--cache",
            "/c", "--cache=/c", "--no-cache", "--no-cache=true", "-", "--", "@opts", "-h", "--help", "-x", "",
            "index", "--arch=");

    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.of(WORDS).list().ofMaxSize(7);
    }

    @Property(tries = 5000)
    void whatIsReadHereIsWhatPicocliReads(@ForAll("commandLines") List<String> words) {
        List<String> args = new ArrayList<>(List.of("index"));
        args.addAll(words);
        Optional<IndexArguments> quick = IndexArguments.parse(args.toArray(String[]::new));
        Statistics.label("read without picocli").collect(quick.isPresent());
        if (quick.isEmpty()) {
            return;
        }
        IndexCommand byPicocli = new IndexCommand();
        new CommandLine(byPicocli).registerConverter(Path.class, PathArgument::of)
                .parseArgs(words.toArray(String[]::new)); // throws if picocli refuses what was read here
        IndexCommand here = quick.get().command();
        assertEquals(byPicocli.tree, here.tree, "tree of " + words);
        assertEquals(byPicocli.arch, here.arch, "arch of " + words);
        assertEquals(byPicocli.out, here.out, "out of " + words);
        assertEquals(byPicocli.cache, here.cache, "cache of " + words);
        assertEquals(byPicocli.noCache, here.noCache, "no-cache of " + words);
    }

    @Test
    void thePlainFormsAreReadHere() {
        assertEquals(Optional.of(new IndexArguments(Path.of("linux"), "x86", Optional.empty(), Optional.empty(),
                false)), IndexArguments.parse(new String[] {"index", "linux"}));
        assertEquals(Optional.of(new IndexArguments(Path.of("linux"), "arm64", Optional.of(Path.of("i.json")),
                        Optional.of(Path.of("/c")), false)),
                IndexArguments.parse(new String[] {"index", "--cache", "/c", "linux", "-oi.json", "--arch=arm64"}));
        assertEquals(Optional.of(new IndexArguments(Path.of("linux"), "x86", Optional.of(Path.of("o.json")),
                        Optional.empty(), true)),
                IndexArguments.parse(new String[] {"index", "linux", "--no-cache", "--out=o.json"}));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {"index"}, new String[] {"index", "a", "b"},
                new String[] {"index", "linux", "--help"}, new String[] {"index", "--", "linux"},
                new String[] {"index", "@opts"}, new String[] {"index", "linux", "-o", "-"},
                new String[] {"index", "linux", "--out=a", "--out=b"}, new String[] {"index", "linux", "--cache"},
                new String[] {"index", "linux", "--no-cache", "--no-cache"}, new String[] {"metrics", "linux"},
                new String[] {"index", "li\uFFFDnux"}, new String[] {"index", "linux", "--arch="})) {
            assertEquals(Optional.empty(), IndexArguments.parse(args), String.join(" ", args));
        }
    }

    @Test
    void theWordsOfThePropertyIncludePlainCommandLines() {
        assertTrue(IndexArguments.parse(new String[] {"index", "src/./linux", "--cache=/c", "-o", "i.json"})
                .isPresent());
    }
}
