package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `readiness --all` printed "3 sections touch Rust" when one did: it counted every section listed. */
class ReadinessCountTest {
    @TempDir
    Path temp;

    @Test
    void countsAreSingularForOne() {
        assertEquals("1 section touches Rust", ReadinessCommand.summary(1, 1, false));
        assertEquals("3 sections listed, 1 touches Rust", ReadinessCommand.summary(3, 1, true));
        assertEquals("1 section listed, 0 touch Rust", ReadinessCommand.summary(1, 0, true));
    }

    @Test
    void withAllOnlySectionsWithRustAreSaidToTouchIt() throws Exception {
        Path tree = SampleTrees.extract("v6.12", temp.resolve("minikernel"));
        CliRun touched = CliRun.run("readiness", tree.toString(), "--json", temp.resolve("r.json").toString());
        CliRun all = CliRun.run("readiness", tree.toString(), "--all", "--json", temp.resolve("all.json").toString());
        int withRust = ModelJson.mapper().readValue(temp.resolve("r.json").toFile(), ReadinessReport.class)
                .sections().size();
        int listed = ModelJson.mapper().readValue(temp.resolve("all.json").toFile(), ReadinessReport.class)
                .sections().size();
        assertEquals(ReadinessCommand.summary(withRust, withRust, false), touched.err().strip().lines()
                .reduce((a, b) -> b).orElseThrow());
        assertEquals(listed + " sections listed, " + withRust + " touch Rust", all.err().strip().lines()
                .reduce((a, b) -> b).orElseThrow());
    }
}
