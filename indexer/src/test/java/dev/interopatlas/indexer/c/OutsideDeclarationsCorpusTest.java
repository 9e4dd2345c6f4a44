package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On 7.3's 8,300 headers of include/ and arch/x86/include: looking names up by scanning words and parsing only
 * the headers that may declare them gives exactly the lists that parsing every header gives.
 */
@Tag("corpus")
class OutsideDeclarationsCorpusTest {
    @Test
    void answersAsParsingEveryHeaderDoes() throws IOException {
        try (WorkingTree tree = WorkingTree.open(Corpus.tree("7.3"))) {
            List<SourceFile> headers = tree.files().stream()
                    .filter(f -> f.path().endsWith(".h")
                            && (f.path().startsWith("include/") || f.path().startsWith("arch/x86/include/")))
                    .map(f -> tree.file(f.path())).flatMap(java.util.Optional::stream).toList();
            List<CFileFacts> all = headers.parallelStream().map(f -> {
                try {
                    return CFileAnalyzer.analyze(tree.read(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            Map<String, List<CSymbol>> byName = new LinkedHashMap<>();
            Map<String, List<CSymbol>> byEnumName = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                for (CDeclaration d : all.get(i).declarations()) {
                    CSymbol s = new CSymbol(d.name(), d.kind(), headers.get(i).path(), d.line(), d.parent());
                    byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(s);
                    if (d.kind() == CDeclKind.ENUM_CONSTANT && d.parent().isPresent()) {
                        byEnumName.computeIfAbsent(d.parent().get() + "_" + d.name(), k -> new ArrayList<>()).add(s);
                    }
                }
            }
            OutsideDeclarations outside = OutsideDeclarations.lazy(tree, new DirectFactsProvider(), headers,
                    symbol -> { });
            List<String> names = new ArrayList<>(everyNth(new ArrayList<>(byName.keySet()), 400));
            names.addAll(List.of("no_such_name_anywhere", "GSP_MSG_QUEUE_ELEMENT", "soc_device",
                    "kernel_param__bindgen_ty_1", "phy_state_PHY_RUNNING"));
            for (String name : names) {
                assertEquals(byName.getOrDefault(name, List.of()), outside.named(name), name);
            }
            List<String> enumNames = new ArrayList<>(everyNth(new ArrayList<>(byEnumName.keySet()), 200));
            enumNames.addAll(List.of("no_such_enum_CONSTANT", "phy_state_PHY_RUNNING"));
            for (String name : enumNames) {
                assertEquals(byEnumName.getOrDefault(name, List.of()), outside.enumNamed(name), name);
            }
            assertTrue(names.size() > 400 && enumNames.size() > 200, names.size() + " " + enumNames.size());
            assertTrue(outside.parsedCount() < headers.size() / 2,
                    outside.parsedCount() + " of " + headers.size() + " headers parsed");
        }
    }

    private static List<String> everyNth(List<String> names, int count) {
        List<String> picked = new ArrayList<>();
        int step = Math.max(1, names.size() / count);
        for (int i = 0; i < names.size(); i += step) {
            picked.add(names.get(i));
        }
        return picked;
    }
}
