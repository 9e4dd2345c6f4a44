package dev.interopatlas.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.MetricsReport;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written goldens must at least agree with the tree they describe. */
class GoldensTest {

    private static final ObjectMapper JSON = ModelJson.mapper();

    static List<String> releases() {
        return SampleTrees.releases();
    }

    private static Path golden(String release) {
        return SourceDir.root().resolve("expected").resolve(release + ".metrics.json");
    }

    private static MetricsReport read(String release) throws IOException {
        return JSON.readValue(golden(release).toFile(), MetricsReport.class);
    }

    @ParameterizedTest
    @MethodSource("releases")
    void goldenIsExactlyTheMetricsSchema(String release) throws IOException {
        JsonNode raw = JSON.readTree(golden(release).toFile());
        MetricsReport report = read(release);
        // Round-tripping through the model records loses nothing: no unknown or misspelt fields.
        assertEquals(raw, JSON.valueToTree(report));
        assertEquals(MetricsReport.SCHEMA, report.schema());
        assertEquals(SampleTrees.TREE_NAME, report.tree());
        assertEquals(Optional.of(release), report.release());
    }

    @ParameterizedTest
    @MethodSource("releases")
    void everyRustFileIsListedOnceInPathOrderWithItsLineCount(String release) throws IOException {
        SortedMap<String, byte[]> tree = SourceDir.release(release);
        List<String> rustFiles = tree.keySet().stream().filter(p -> p.endsWith(".rs")).collect(Collectors.toList());
        List<FileMetrics> files = read(release).files();
        assertEquals(rustFiles, files.stream().map(FileMetrics::path).collect(Collectors.toList()));
        for (FileMetrics f : files) {
            String text = new String(tree.get(f.path()), StandardCharsets.UTF_8);
            assertEquals(text.chars().filter(c -> c == '\n').count(), f.lines(), f.path());
            assertTrue(f.unsafeBlocksDocumented() + f.unsafeBlocksPlaceholder() <= f.unsafeBlocks(), f.path());
            assertTrue(f.unsafeInMacroRules() <= f.unsafeTotal(), f.path());
            for (String name : f.bindings().keySet()) {
                assertTrue(namesBinding(text, name), f.path() + " never names bindings::" + name);
            }
        }
    }

    /** {@code bindings::NAME}, or NAME in a group {@code bindings::{a, NAME}} (a grouped {@code use}). */
    private static boolean namesBinding(String text, String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("bindings::" + quoted + "\\b").matcher(text).find()
                || Pattern.compile("bindings::\\{[^}]*\\b" + quoted + "\\b[^}]*}").matcher(text).find();
    }

    @ParameterizedTest
    @MethodSource("releases")
    void everyRustFileBelongsToExactlyOneCrateWhoseNameItCarries(String release) throws IOException {
        MetricsReport report = read(release);
        Map<String, String> crateOfFile = new java.util.HashMap<>();
        for (Crate crate : report.crates()) {
            assertTrue(crate.files().contains(crate.root()), crate.name() + " lists its root");
            for (String file : crate.files()) {
                assertEquals(null, crateOfFile.put(file, crate.name()), file + " is in two crates");
            }
        }
        for (FileMetrics f : report.files()) {
            assertEquals(crateOfFile.get(f.path()), f.crate(), f.path());
        }
        assertEquals(report.files().size(), crateOfFile.size());
    }

    @ParameterizedTest
    @MethodSource("releases")
    void symbolsAreTheDistinctBindingsNamesSortedByName(String release) throws IOException {
        MetricsReport report = read(release);
        TreeSet<String> used = new TreeSet<>();
        report.files().forEach(f -> used.addAll(f.bindings().keySet()));
        List<String> names = report.symbols().stream().map(SymbolResolution::name).collect(Collectors.toList());
        assertEquals(List.copyOf(used), names);
    }

    @ParameterizedTest
    @MethodSource("releases")
    void resolvedSymbolsPointAtALineNamingThem(String release) throws IOException {
        SortedMap<String, byte[]> tree = SourceDir.release(release);
        for (SymbolResolution s : read(release).symbols()) {
            if (!s.resolved()) {
                assertFalse(s.reason().orElse("").isBlank(), s.name() + " needs a reason");
                continue;
            }
            String header = s.header().orElseThrow();
            assertTrue(tree.containsKey(header), s.name() + ": no file " + header);
            String text = new String(tree.get(header), StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            String line = lines[s.line().orElseThrow() - 1];
            String where = s.name() + " -> " + header + ":" + s.line().orElseThrow() + " reads: " + line;
            if ("anonymous-member".equals(s.kind().orElseThrow())) {
                assertAnonymousMemberOf(s.name(), text, s.line().orElseThrow(), where);
                continue;
            }
            String cName = "enum-constant".equals(s.via().orElseThrow())
                    ? enumeratorOf(s.name(), line)
                    : s.name();
            assertTrue(line.matches(".*\\b" + Pattern.quote(cName) + "\\b.*"), where);
            if ("opaque-struct".equals(s.kind().orElseThrow())) {
                // C only names it through a pointer: the header never gives it a body.
                assertTrue(line.matches(".*\\bstruct\\s+" + cName + "\\s*\\*.*"), where);
                assertFalse(text.matches("(?s).*\\bstruct\\s+" + cName + "\\s*\\{.*"), where);
            }
        }
    }

    /**
     * bindgen's {@code S__bindgen_ty_N}: the line opens an anonymous struct or union, and the nearest named
     * struct or union opened above it is {@code S}.
     */
    private static void assertAnonymousMemberOf(String bindgenName, String text, int line, String where) {
        String[] lines = text.split("\n", -1);
        assertTrue(lines[line - 1].matches("\\s*(struct|union)\\s*\\{\\s*"), where);
        String outer = bindgenName.substring(0, bindgenName.indexOf("__bindgen_ty_"));
        Pattern named = Pattern.compile("\\s*(struct|union)\\s+(\\w+)\\s*\\{.*");
        for (int i = line - 2; i >= 0; i--) {
            Matcher m = named.matcher(lines[i]);
            if (m.matches()) {
                assertEquals(outer, m.group(2), where);
                return;
            }
        }
        throw new AssertionError("no named struct or union above: " + where);
    }

    /** For bindgen's {@code enum_ENUMERATOR} spelling, the longest suffix after an underscore found on the line. */
    private static String enumeratorOf(String bindgenName, String line) {
        for (int i = bindgenName.indexOf('_'); i >= 0; i = bindgenName.indexOf('_', i + 1)) {
            String candidate = bindgenName.substring(i + 1);
            if (!candidate.isEmpty() && line.contains(candidate)) {
                return candidate;
            }
        }
        return bindgenName;
    }

    @ParameterizedTest
    @MethodSource("releases")
    void helperSymbolsHaveARustHelperWrapper(String release) throws IOException {
        SortedMap<String, byte[]> tree = SourceDir.release(release);
        String helpers = tree.entrySet().stream()
                .filter(e -> e.getKey().equals("rust/helpers.c") || e.getKey().startsWith("rust/helpers/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        String constHelpers = new String(tree.get("rust/bindings/bindings_helper.h"), StandardCharsets.UTF_8);
        Map<String, String> prefixByVia = Map.of("helper", "rust_helper_", "const-helper", "RUST_CONST_HELPER_");
        for (SymbolResolution s : read(release).symbols()) {
            String via = s.via().orElse("");
            if (via.equals("helper")) {
                assertTrue(helpers.contains("rust_helper_" + s.name() + "("), s.name());
            } else if (via.equals("const-helper")) {
                assertTrue(constHelpers.contains(prefixByVia.get(via) + s.name() + " =")
                        || constHelpers.contains("BINDINGS_" + s.name() + " ="), s.name());
            }
        }
    }
}
