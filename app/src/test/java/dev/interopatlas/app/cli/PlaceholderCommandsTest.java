package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.export.SvgChecks;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.MetricsReport;
import dev.interopatlas.model.metrics.UnsafeSite;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SAFETY placeholder reaches every output: the sample v6.12 plus one driver whose three blocks are placeholder
 * (line 6, `// SAFETY: TODO.` on 5), documented (line 9, `// SAFETY:` continued on 8) and bare (line 10).
 */
class PlaceholderCommandsTest {
    private static final String DRIVER = "drivers/misc/placeholder_rust.rs";

    @TempDir
    static Path shared;

    static Path tree;

    @TempDir
    Path temp;

    @BeforeAll
    static void sampleWithAPlaceholder() throws Exception {
        tree = SampleTrees.extract("v6.12", shared.resolve("minikernel"));
        Files.createDirectories(tree.resolve("drivers/misc"));
        Files.writeString(tree.resolve(DRIVER), """
                // SPDX-License-Identifier: GPL-2.0
                use kernel::prelude::*;

                fn probe(p: *mut u8) {
                    // SAFETY: TODO.
                    unsafe { touch(p) };
                    // SAFETY:
                    // `p` is valid: the caller holds the device lock.
                    unsafe { touch(p) };
                    unsafe { touch(p) };
                }
                """);
    }

    @Test
    void hotspotsCsvHasAPlaceholderColumnApartFromUndocumented() throws Exception {
        Path csv = temp.resolve("hotspots.csv");
        CliRun run = CliRun.run("hotspots", tree.toString(), "--csv", csv.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<String> row = Arrays.asList(lines.stream().filter(l -> l.contains(DRIVER)).findFirst().orElseThrow()
                .split(","));
        assertEquals("3", row.get(header.indexOf("unsafeBlocks")));
        assertEquals("1", row.get(header.indexOf("undocumentedBlocks")));
        assertEquals("1", row.get(header.indexOf("placeholderBlocks")));
    }

    @Test
    void metricsAndIndexCarryThePlaceholderCountAndFlag() throws Exception {
        Path metricsJson = temp.resolve("metrics.json");
        assertEquals(0, CliRun.run("metrics", tree.toString(), "--json", metricsJson.toString()).exit());
        FileMetrics file = ModelJson.mapper().readValue(metricsJson.toFile(), MetricsReport.class).files().stream()
                .filter(f -> f.path().equals(DRIVER)).findFirst().orElseThrow();
        assertEquals(List.of(3, 1, 1), List.of(file.unsafeBlocks(), file.unsafeBlocksDocumented(),
                file.unsafeBlocksPlaceholder()));
        assertTrue(Files.readString(metricsJson).contains("\"unsafeBlocksPlaceholder\" : 1"));

        Path indexJson = temp.resolve("index.json");
        assertEquals(0, CliRun.run("index", tree.toString(), "--out", indexJson.toString()).exit());
        List<UnsafeSite> sites = ModelJson.mapper().readValue(indexJson.toFile(), KernelIndex.class).unsafeSites()
                .stream().filter(s -> s.path().equals(DRIVER)).toList();
        assertEquals(List.of(6, 9, 10), sites.stream().map(UnsafeSite::line).toList());
        assertEquals(List.of(true, false, false), sites.stream().map(UnsafeSite::placeholder).toList());
        assertEquals(List.of(false, true, false), sites.stream().map(UnsafeSite::documented).toList());
    }

    @Test
    void reportCountsPlaceholdersApartFromDocumentedBlocks() throws Exception {
        Path svg = temp.resolve("report.svg");
        CliRun run = CliRun.run("report", tree.toString(), "--svg", svg.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        assertTrue(texts.contains("placeh."), texts.toString());
        assertTrue(texts.contains("1 placeholder block"), texts.toString());
    }
}
