package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShortRunCompilationTest {

    @Test
    void isWantedUnlessOptedOutOrTheJitWasTunedOnTheCommandLine() {
        assertTrue(ShortRunCompilation.wanted(null, List.of("-Xmx1g", "-Dfoo=bar")));
        assertTrue(ShortRunCompilation.wanted("verbose", List.of()));
        assertFalse(ShortRunCompilation.wanted("full", List.of()));
        assertFalse(ShortRunCompilation.wanted(null, List.of("-XX:TieredStopAtLevel=4")));
        assertFalse(ShortRunCompilation.wanted(null, List.of("-XX:-TieredCompilation")));
        assertFalse(ShortRunCompilation.wanted(null, List.of("-Xint")));
        assertFalse(ShortRunCompilation.wanted(null,
                List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=d.json")));
    }

    @Test
    void afterInstallingHotMethodsAreCompiledByC1AndNeverByC2() throws Exception {
        // In a child JVM, so this test JVM keeps its compilers. PrintCompilation's third column is the tier.
        Set<Integer> tiers = tiersOfHotLoop(true);
        assertTrue(tiers.contains(1), "the hot loop should be compiled by C1 (tier 1): " + tiers);
        assertFalse(tiers.contains(4), "C2 (tier 4) should never compile it: " + tiers);
    }

    @Test
    void withoutTheDirectiveTheSameLoopReachesC2() throws Exception {
        // The control for the test above: the loop is hot enough for C2 when nothing is installed.
        assertTrue(tiersOfHotLoop(false).contains(4));
    }

    private static Set<Integer> tiersOfHotLoop(boolean install) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:+PrintCompilation", "-cp",
                System.getProperty("java.class.path"), Probe.class.getName(), String.valueOf(install)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        if (install) {
            assertTrue(text.contains("installed: Optional.empty"), text);
        }
        Set<Integer> tiers = new TreeSet<>();
        Matcher m = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*(\\d)\\s+.*Probe::spin", Pattern.MULTILINE)
                .matcher(text);
        while (m.find()) {
            tiers.add(Integer.parseInt(m.group(1)));
        }
        return tiers;
    }

    /** The child JVM: optionally installs the directive (and waits for it), then runs a hot loop. */
    public static final class Probe {
        public static void main(String[] args) {
            if (Boolean.parseBoolean(args[0])) {
                Optional<String> problem = ShortRunCompilation.install();
                System.out.println("installed: " + problem);
            }
            long sum = 0;
            for (int round = 0; round < 2_000; round++) {
                sum += spin(round);
            }
            System.out.println("sum " + sum);
        }

        static long spin(int seed) {
            long x = seed;
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            return x;
        }
    }
}
