package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link MaintainersMatcher} with the real scripts/get_maintainer.pl on paths drawn deterministically from
 * the 6.12 tree. One perl process takes every path: with several {@code -f} it prints each path's sections in
 * turn, and every path's list ends with "THE REST" (its {@code *} and {@code *}/ patterns rank -1, below all
 * others), which delimits them.
 */
@Tag("corpus")
class GetMaintainerAgreementTest {
    private static final String LAST_SECTION = "THE REST";

    @Test
    void sectionsAgreeWithGetMaintainerPl() throws Exception {
        Path root = Corpus.tree("6.12");
        assumeTrue(Files.isRegularFile(root.resolve("scripts/get_maintainer.pl")), "no get_maintainer.pl");
        assumeTrue(perlAvailable(), "perl is not installed");
        WorkingTree tree = WorkingTree.open(root);
        MaintainersIndex index = MaintainersIndex.load(tree);
        List<String> paths = samplePaths(tree, index);
        assertTrue(paths.size() >= 300, "only " + paths.size() + " paths drawn");

        long start = System.nanoTime();
        List<List<String>> expected = runScript(root, paths);
        long perlMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int exact = 0;
        int tieAware = 0;
        int withTies = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> tieExamples = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            List<SectionMatch> ours = index.match(paths.get(i));
            List<String> names = ours.stream().map(SectionMatch::name).toList();
            List<String> script = expected.get(i);
            boolean ties = ours.stream().map(SectionMatch::depth).distinct().count() < ours.size();
            withTies += ties ? 1 : 0;
            if (names.equals(script)) {
                exact++;
            } else if (tieExamples.size() < 3) {
                tieExamples.add(paths.get(i) + ": script " + script + ", ours " + names);
            }
            if (sameUpToTies(ours, script)) {
                tieAware++;
            } else {
                disagreements.add(paths.get(i) + "\n  script: " + script + "\n  ours:   " + names);
            }
        }
        System.out.printf("get_maintainer.pl agreement on %d paths of 6.12: %d tie-aware (%.1f %%), %d exact order;"
                + " %d paths have equal-rank sections; perl took %d ms%n", paths.size(), tieAware,
                100.0 * tieAware / paths.size(), exact, withTies, perlMillis);
        tieExamples.forEach(example -> System.out.println("  tie order differs: " + example));
        assertEquals(List.of(), disagreements);
    }

    /** A MAINTAINERS text full of quirks, given to the real script with --mpath. */
    private static final String QUIRKS = String.join("\n",
            "Header prose",
            "\tF: *Files* (indented, so prose)",
            "",
            "WIDE AFTER NARROW",
            "F:\tdrivers/net/phy/phy.c",
            "F:\tdrivers/",
            "",
            "NARROW",
            "F:\tdrivers/net/phy/",
            "",
            "BLANK AND COMMENT INSIDE",
            "M:\ta@example.org",
            "",
            "F:\tdrivers/net/phy/phy_device.c",
            "# comment",
            "X:\tdrivers/net/phy/phy_device.c",
            "F:\trust/kernel/lib.rs",
            "",
            "PREFIX QUIRK",
            "F:\tdrivers/net/phy/phy.",
            "F:\trust/kernel/li",
            "",
            "STAR IN DIR",
            "F:\tdrivers/net/phy/*",
            "",
            "DIR WITHOUT SLASH",
            "F:\tdrivers/net/phy",
            "",
            "STAR PREFIX",
            "F:\trust/kernel/net*",
            "",
            "TRAILING SPACE",
            "F:\trust/kernel/ ",
            "",
            "EXTENDED REGEX",
            "N:\tphy (?:_|\\.) [cr]   # x-mode comment",
            "",
            "CRLF\r",
            "F:\trust/kernel/sync/\r",
            "F:\trust/kernel/sync\r",
            "",
            "QUESTION MARK",
            "F:\tdrivers/net/phy/ph?.c",
            " F:\tnot/a/field/",
            "F:\trust/",
            "",
            "THE REST",
            "F:\t*",
            "F:\t*/",
            "");

    @Test
    void quirkyMaintainersAgreesWithScript(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path root = Corpus.tree("6.12");
        assumeTrue(perlAvailable(), "perl is not installed");
        Path maintainers = temp.resolve("MAINTAINERS");
        Files.writeString(maintainers, QUIRKS, StandardCharsets.UTF_8);
        List<String> paths = List.of("drivers/net/phy/phy.c", "drivers/net/phy/phy_device.c", "drivers/net/phy",
                "drivers/net/phy/qcom/at803x.c", "rust/kernel/lib.rs", "rust/kernel/net.rs", "rust/kernel/net/phy.rs",
                "rust/kernel/sync/arc.rs", "rust/kernel/sync", "./rust//kernel/", "MAINTAINERS");
        List<String> command = new ArrayList<>(List.of("perl", "scripts/get_maintainer.pl", "--mpath",
                maintainers.toString(), "--nogit", "--nogit-fallback", "--nokeywords", "--sections"));
        paths.forEach(p -> command.addAll(List.of("-f", p)));
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "get_maintainer.pl did not finish");
        List<List<String>> expected = splitPerPath(output);
        assertEquals(paths.size(), expected.size(), output);

        MaintainersFile file = MaintainersParser.parse(QUIRKS.getBytes(StandardCharsets.UTF_8));
        MaintainersMatcher matcher = new MaintainersMatcher(file.sections(),
                p -> !p.isEmpty() && Files.isDirectory(root.resolve(p)));
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            List<SectionMatch> ours = matcher.match(paths.get(i));
            if (!sameUpToTies(ours, expected.get(i))) {
                disagreements.add(paths.get(i) + ": script " + expected.get(i) + ", ours "
                        + ours.stream().map(SectionMatch::name).toList());
            }
        }
        assertEquals(List.of(), disagreements);
    }

    /**
     * Why ties are compared as sets: the script sorts section indices taken from a Perl hash, so equal-rank
     * sections come out in hash order, which changes with the per-process hash seed.
     */
    @Test
    void scriptOrdersEqualRankSectionsByPerlHashSeed() throws Exception {
        Path root = Corpus.tree("6.12");
        assumeTrue(perlAvailable(), "perl is not installed");
        String path = "include/linux/vga_switcheroo.h";
        Set<List<String>> orders = new LinkedHashSet<>();
        for (int seed = 1; seed <= 6; seed++) {
            orders.add(runOnce(root, path, seed));
        }
        Set<Set<String>> sectionSets = new LinkedHashSet<>();
        orders.forEach(order -> sectionSets.add(Set.copyOf(order)));
        assertEquals(1, sectionSets.size(), "same sections whatever the seed");
        assertTrue(orders.size() > 1, "expected the tie order to vary with the seed: " + orders);
    }

    private static List<String> runOnce(Path root, String path, int seed) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("perl", "scripts/get_maintainer.pl", "--nogit",
                "--nogit-fallback", "--nokeywords", "--sections", "-f", path).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PERL_HASH_SEED", Integer.toString(seed));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "get_maintainer.pl did not finish");
        List<List<String>> groups = splitPerPath(output);
        assertEquals(1, groups.size());
        return groups.get(0);
    }

    /**
     * Same sections, and the script's order agrees with our ranks: its list split into runs the sizes of our
     * equal-depth runs gives the same names per run. Within a run the script's order is Perl hash order.
     */
    private static boolean sameUpToTies(List<SectionMatch> ours, List<String> script) {
        if (ours.size() != script.size()) {
            return false;
        }
        int i = 0;
        while (i < ours.size()) {
            int j = i;
            while (j < ours.size() && ours.get(j).depth() == ours.get(i).depth()) {
                j++;
            }
            List<String> mine = new ArrayList<>(ours.subList(i, j).stream().map(SectionMatch::name).toList());
            List<String> theirs = new ArrayList<>(script.subList(i, j));
            mine.sort(null);
            theirs.sort(null);
            if (!mine.equals(theirs)) {
                return false;
            }
            i = j;
        }
        return true;
    }

    private static List<String> samplePaths(WorkingTree tree, MaintainersIndex index) {
        Set<String> picked = new LinkedHashSet<>();
        List<String> files = tree.files().stream().map(SourceFile::path).toList();
        String[][] quotas = {{"rust/", "35"}, {"include/", "35"}, {"drivers/", "50"}, {"fs/", "25"},
            {"net/", "25"}, {"arch/", "25"}, {"Documentation/", "6"}, {"tools/", "6"}};
        for (String[] quota : quotas) {
            picked.addAll(evenlySpaced(files.stream().filter(p -> p.startsWith(quota[0])).toList(),
                    Integer.parseInt(quota[1])));
        }
        for (MaintainersSection section : index.sections()) {
            for (String exclude : section.excludes()) {
                String dir = exclude.endsWith("/") ? exclude.substring(0, exclude.length() - 1) : exclude;
                if (tree.isDirectory(dir)) {
                    picked.add(dir);
                    picked.addAll(evenlySpaced(files.stream().filter(p -> p.startsWith(dir + "/")).toList(), 1));
                } else if (tree.file(dir).isPresent()) {
                    picked.add(dir);
                }
            }
        }
        List<String> sample = new ArrayList<>(picked);
        for (int i = 0; i < sample.size(); i += 10) {
            String path = sample.get(i);
            int slash = path.lastIndexOf('/');
            if (slash > 0) {
                picked.add(path.substring(0, slash));
            }
        }
        picked.addAll(List.of("MAINTAINERS", "Makefile", "rust", "samples/rust", "scripts/generate_rust_analyzer.py",
                "security/keys/trusted-keys/trusted_core.c", "include/keys/trusted-type.h"));
        return new ArrayList<>(picked);
    }

    private static List<String> evenlySpaced(List<String> from, int count) {
        List<String> result = new ArrayList<>();
        if (from.isEmpty()) {
            return result;
        }
        for (int i = 0; i < count && i < from.size(); i++) {
            result.add(from.get((int) ((long) i * from.size() / Math.min(count, from.size()))));
        }
        return result;
    }

    /** Two perl processes on the two halves of the paths, run side by side (matching is ~80 ms a path in perl). */
    private static List<List<String>> runScript(Path root, List<String> paths) throws IOException,
            InterruptedException {
        int half = paths.size() / 2;
        List<List<String>> chunks = List.of(paths.subList(0, half), paths.subList(half, paths.size()));
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (List<String> chunk : chunks) {
            List<String> command = new ArrayList<>(List.of("perl", "scripts/get_maintainer.pl", "--nogit",
                    "--nogit-fallback", "--nokeywords", "--sections"));
            for (String path : chunk) {
                command.add("-f");
                command.add(path);
            }
            Path output = Files.createTempFile("get_maintainer", ".out");
            outputs.add(output);
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            // A fixed hash seed makes the script's order of equal-rank sections repeatable run to run.
            builder.environment().put("PERL_HASH_SEED", "0");
            builder.environment().put("PERL_PERTURB_KEYS", "0");
            processes.add(builder.start());
        }
        List<List<String>> perPath = new ArrayList<>();
        try {
            for (int i = 0; i < processes.size(); i++) {
                Process process = processes.get(i);
                assertTrue(process.waitFor(90, TimeUnit.SECONDS), "get_maintainer.pl did not finish");
                assertEquals(0, process.exitValue(), "get_maintainer.pl exit status");
                List<List<String>> groups = splitPerPath(Files.readString(outputs.get(i), StandardCharsets.UTF_8));
                assertEquals(chunks.get(i).size(), groups.size(), "per-path output groups from get_maintainer.pl");
                perPath.addAll(groups);
            }
        } finally {
            processes.forEach(Process::destroy);
            for (Path output : outputs) {
                Files.deleteIfExists(output);
            }
        }
        return perPath;
    }

    /** Blocks are a name line, field lines, then an empty line; a path's blocks end with THE REST. */
    private static List<List<String>> splitPerPath(String output) {
        List<List<String>> perPath = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean atBlockStart = true;
        for (String line : output.split("\n", -1)) {
            if (line.isEmpty()) {
                atBlockStart = true;
                continue;
            }
            if (atBlockStart) {
                current.add(line);
                if (line.equals(LAST_SECTION)) {
                    perPath.add(current);
                    current = new ArrayList<>();
                }
                atBlockStart = false;
            }
        }
        return perPath;
    }

    private static boolean perlAvailable() {
        try {
            Process p = new ProcessBuilder("perl", "-e", "exit 0").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
