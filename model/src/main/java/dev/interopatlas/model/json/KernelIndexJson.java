package dev.interopatlas.model.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.index.UnresolvedInclude;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.IndexWarning;
import dev.interopatlas.model.metrics.LocalBindings;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.model.metrics.UnsafeSite;
import dev.interopatlas.model.metrics.Upstream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a {@link KernelIndex} as the JSON {@link ModelJson#mapper()} writes, byte for byte, field by field through
 * Jackson's streaming generator. The {@code index} command writes 3.4 MB of it for 7.3 in a short C1 run, where the
 * mapper's bean serializers cost a tenth of the run: building them, 50-odd reflective accessors spun as classes, and
 * compiling that generic code (docs/decisions/0008). Reading stays with the mapper. {@code KernelIndexJsonTest}
 * compares the two on indexes that have every optional part present and absent, so a field added to these records
 * without a line here fails there.
 */
public final class KernelIndexJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private KernelIndexJson() {
    }

    /** The JSON of {@code index}, as {@code ModelJson.mapper().writeValueAsBytes(index)} gives it. */
    public static byte[] bytes(KernelIndex index) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        try {
            write(index, buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    /** Writes those bytes to {@code out} as they are made, and flushes it; {@code out} is left open. */
    public static void write(KernelIndex index, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            index(json, index);
        }
    }

    private static void index(JsonGenerator json, KernelIndex index) throws IOException {
        json.writeStartObject();
        string(json, "schema", index.schema());
        string(json, "tree", index.tree());
        string(json, "release", index.release().orElse(null));
        string(json, "arch", index.arch());
        json.writeFieldName("stats");
        stats(json, index.stats());
        json.writeFieldName("crates");
        list(json, index.crates(), KernelIndexJson::crate);
        json.writeFieldName("files");
        list(json, index.files(), KernelIndexJson::file);
        json.writeFieldName("symbols");
        list(json, index.symbols(), KernelIndexJson::symbol);
        json.writeFieldName("modules");
        list(json, index.modules(), KernelIndexJson::module);
        json.writeFieldName("unsafeSites");
        list(json, index.unsafeSites(), KernelIndexJson::unsafeSite);
        json.writeFieldName("unresolvedIncludes");
        list(json, index.unresolvedIncludes(), KernelIndexJson::unresolvedInclude);
        json.writeFieldName("warnings");
        list(json, index.warnings(), KernelIndexJson::warning);
        json.writeFieldName("graph");
        graph(json, index.graph());
        json.writeEndObject();
    }

    private static void stats(JsonGenerator json, IndexStats stats) throws IOException {
        if (stats == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("filesListed", stats.filesListed());
        json.writeNumberField("rustFiles", stats.rustFiles());
        json.writeNumberField("headersInClosure", stats.headersInClosure());
        json.writeNumberField("bindingNames", stats.bindingNames());
        json.writeNumberField("bindingNamesResolved", stats.bindingNamesResolved());
        json.writeNumberField("elapsedMillis", stats.elapsedMillis());
        json.writeEndObject();
    }

    private static void crate(JsonGenerator json, Crate crate) throws IOException {
        json.writeStartObject();
        string(json, "name", crate.name());
        string(json, "root", crate.root());
        string(json, "kind", crate.kind().json());
        if (crate.upstream().isPresent()) {
            json.writeFieldName("upstream");
            upstream(json, crate.upstream().get());
        }
        json.writeFieldName("files");
        strings(json, crate.files());
        if (!crate.unbuiltFiles().isEmpty()) {
            json.writeFieldName("unbuiltFiles");
            strings(json, crate.unbuiltFiles());
        }
        json.writeEndObject();
    }

    private static void upstream(JsonGenerator json, Upstream upstream) throws IOException {
        json.writeStartObject();
        string(json, "name", upstream.name());
        if (upstream.version().isPresent()) {
            string(json, "version", upstream.version().get());
        }
        json.writeEndObject();
    }

    private static void file(JsonGenerator json, FileMetrics file) throws IOException {
        json.writeStartObject();
        string(json, "path", file.path());
        string(json, "role", file.role().json());
        string(json, "crate", file.crate());
        json.writeNumberField("lines", file.lines());
        json.writeNumberField("unsafeBlocks", file.unsafeBlocks());
        json.writeNumberField("unsafeFns", file.unsafeFns());
        json.writeNumberField("unsafeImpls", file.unsafeImpls());
        json.writeNumberField("unsafeTraits", file.unsafeTraits());
        json.writeNumberField("unsafeBlocksDocumented", file.unsafeBlocksDocumented());
        json.writeNumberField("unsafeBlocksPlaceholder", file.unsafeBlocksPlaceholder());
        json.writeNumberField("unsafeInMacroRules", file.unsafeInMacroRules());
        json.writeFieldName("bindings");
        counts(json, file.bindings());
        if (!file.localBindings().isEmpty()) {
            json.writeFieldName("localBindings");
            list(json, file.localBindings(), KernelIndexJson::localBindings);
        }
        json.writeFieldName("kernelPaths");
        strings(json, file.kernelPaths());
        json.writeEndObject();
    }

    private static void localBindings(JsonGenerator json, LocalBindings local) throws IOException {
        json.writeStartObject();
        if (local.file().isPresent()) {
            string(json, "file", local.file().get());
        }
        json.writeFieldName("names");
        counts(json, local.names());
        json.writeEndObject();
    }

    private static void symbol(JsonGenerator json, SymbolResolution symbol) throws IOException {
        json.writeStartObject();
        string(json, "name", symbol.name());
        json.writeBooleanField("resolved", symbol.resolved());
        present(json, "kind", symbol.kind());
        present(json, "header", symbol.header());
        if (symbol.line().isPresent()) {
            json.writeNumberField("line", symbol.line().get());
        }
        present(json, "via", symbol.via());
        present(json, "reason", symbol.reason());
        json.writeEndObject();
    }

    private static void module(JsonGenerator json, RustModule module) throws IOException {
        json.writeStartObject();
        string(json, "path", module.path());
        string(json, "file", module.file());
        json.writeBooleanField("inline", module.inline());
        json.writeBooleanField("test", module.test());
        json.writeEndObject();
    }

    private static void unsafeSite(JsonGenerator json, UnsafeSite site) throws IOException {
        json.writeStartObject();
        string(json, "path", site.path());
        json.writeNumberField("line", site.line());
        string(json, "kind", site.kind() == null ? null : site.kind().name());
        string(json, "enclosing", site.enclosing());
        json.writeBooleanField("documented", site.documented());
        json.writeBooleanField("inMacroRules", site.inMacroRules());
        json.writeBooleanField("placeholder", site.placeholder());
        json.writeEndObject();
    }

    private static void unresolvedInclude(JsonGenerator json, UnresolvedInclude include) throws IOException {
        json.writeStartObject();
        string(json, "from", include.from());
        json.writeNumberField("line", include.line());
        string(json, "target", include.target());
        string(json, "reason", include.reason());
        json.writeEndObject();
    }

    private static void warning(JsonGenerator json, IndexWarning warning) throws IOException {
        json.writeStartObject();
        string(json, "path", warning.path());
        json.writeNumberField("line", warning.line());
        string(json, "message", warning.message());
        json.writeEndObject();
    }

    private static void graph(JsonGenerator json, InteropGraph graph) throws IOException {
        if (graph == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeFieldName("nodes");
        list(json, graph.nodes(), KernelIndexJson::node);
        json.writeFieldName("edges");
        list(json, graph.edges(), KernelIndexJson::edge);
        json.writeEndObject();
    }

    private static void node(JsonGenerator json, Node node) throws IOException {
        json.writeStartObject();
        string(json, "id", node.id());
        string(json, "kind", node.kind().name());
        string(json, "label", node.label());
        present(json, "path", node.path());
        if (node.line().isPresent()) {
            json.writeNumberField("line", node.line().get());
        }
        present(json, "detail", node.detail());
        json.writeFieldName("metrics");
        counts(json, node.metrics());
        json.writeEndObject();
    }

    private static void edge(JsonGenerator json, Edge edge) throws IOException {
        json.writeStartObject();
        string(json, "from", edge.from());
        string(json, "to", edge.to());
        string(json, "kind", edge.kind().name());
        json.writeNumberField("weight", edge.weight());
        json.writeEndObject();
    }

    /** Writes one element; the generator's failures are a byte array's, which do not happen. */
    @FunctionalInterface
    private interface Element<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    private static <T> void list(JsonGenerator json, List<T> values, Element<T> element) throws IOException {
        json.writeStartArray();
        for (T value : values) {
            element.write(json, value);
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A map by its keys in order, as the mapper's {@code ORDER_MAP_ENTRIES_BY_KEYS} writes it. */
    private static void counts(JsonGenerator json, Map<String, Integer> counts) throws IOException {
        json.writeStartObject();
        Map<String, Integer> sorted = counts instanceof SortedMap ? counts : new TreeMap<>(counts);
        for (Map.Entry<String, Integer> entry : sorted.entrySet()) {
            json.writeFieldName(entry.getKey());
            if (entry.getValue() == null) {
                json.writeNull();
            } else {
                json.writeNumber(entry.getValue());
            }
        }
        json.writeEndObject();
    }

    private static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** An optional string that the record's {@code NON_ABSENT} leaves out when empty. */
    private static void present(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            string(json, name, value.get());
        }
    }
}
