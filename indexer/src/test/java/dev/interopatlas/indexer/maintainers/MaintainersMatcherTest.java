package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintainersMatcherTest {
    private static final Set<String> DIRECTORIES = Set.of("drivers", "drivers/foo", "drivers/foo/sub", "net",
            "net/ipv6", "net/core", "drivers/net");

    private static MaintainersMatcher matcher(String maintainers) {
        MaintainersFile file = MaintainersParser.parse(maintainers.getBytes(StandardCharsets.UTF_8));
        return new MaintainersMatcher(file.sections(), path -> DIRECTORIES.contains(path.replaceAll("/$", "")));
    }

    private static List<String> names(MaintainersMatcher matcher, String path) {
        return matcher.match(path).stream().map(SectionMatch::name).toList();
    }

    @Test
    void trailingSlashMatchesTheWholeSubtree() {
        MaintainersMatcher m = matcher("A\nF:\tdrivers/foo/\n");
        assertEquals(List.of("A"), names(m, "drivers/foo/a.c"));
        assertEquals(List.of("A"), names(m, "drivers/foo/sub/deep/b.c"));
        assertEquals(List.of(), names(m, "drivers/foobar/a.c"));
    }

    @Test
    void starAfterSlashMatchesOnlyFilesDirectlyInTheDirectory() {
        MaintainersMatcher m = matcher("A\nF:\tdrivers/foo/*\n");
        assertEquals(List.of("A"), names(m, "drivers/foo/a.c"));
        assertEquals(List.of(), names(m, "drivers/foo/sub/b.c"));
    }

    @Test
    void starAndQuestionMarkAreWildcardsAndDotIsLiteral() {
        MaintainersMatcher m = matcher("STAR\nF:\tdrivers/foo/bar*.c\nQ\nF:\tdrivers/foo/da72??.h\nDOT\nF:\tx.c\n");
        assertEquals(List.of("STAR"), names(m, "drivers/foo/bar_core.c"));
        assertEquals(List.of("Q"), names(m, "drivers/foo/da7280.h"));
        assertEquals(List.of(), names(m, "drivers/foo/da728.h"));
        assertEquals(List.of(), names(m, "xac"));
        assertEquals(List.of("DOT"), names(m, "x.c"));
    }

    @Test
    void patternIsAPrefixRegexWithEqualSlashCountLikeTheScript() {
        MaintainersMatcher m = matcher("A\nF:\tdrivers/foo/a.c\n");
        assertEquals(List.of("A"), names(m, "drivers/foo/a.cpp"));
        assertEquals(List.of(), names(m, "drivers/foo/a.c/x"));
    }

    @Test
    void characterClassesInPatternsAreRegexClasses() {
        MaintainersMatcher m = matcher("A\nF:\tsound/soc/codecs/da[79]*.[ch]\n");
        assertEquals(List.of("A"), names(m, "sound/soc/codecs/da7219.c"));
        assertEquals(List.of(), names(m, "sound/soc/codecs/da8219.c"));
    }

    @Test
    void patternNamingAnExistingDirectoryGetsATrailingSlash() {
        MaintainersMatcher dir = matcher("A\nF:\tdrivers/foo\n");
        assertEquals(List.of("A"), names(dir, "drivers/foo/sub/b.c"));
        MaintainersMatcher notDir = matcher("A\nF:\tdrivers/fo\n");
        assertEquals(List.of(), names(notDir, "drivers/fo/b.c"));
        assertEquals(List.of("A"), names(notDir, "drivers/fox.c"), "prefix match with equal slash count");
        assertEquals(List.of(), names(notDir, "drivers/foo"), "a directory query ends in / so has one slash more");
    }

    @Test
    void excludeSkipsOnlyItsOwnSection() {
        MaintainersMatcher m = matcher("NET\nF:\tnet/\nX:\tnet/ipv6/\nIPV6\nF:\tnet/ipv6/\n");
        assertEquals(List.of("IPV6"), names(m, "net/ipv6/route.c"));
        assertEquals(List.of("NET"), names(m, "net/core/dev.c"));
    }

    @Test
    void excludeWinsWhicheverLineComesFirst() {
        MaintainersMatcher m = matcher("A\nX:\tdrivers/foo/a.c\nF:\tdrivers/foo/\n");
        assertEquals(List.of(), names(m, "drivers/foo/a.c"));
        assertEquals(List.of("A"), names(m, "drivers/foo/b.c"));
    }

    @Test
    void regexMatchesAnywhereInThePathWithExtendedSyntax() {
        MaintainersMatcher m = matcher("TEGRA\nN:\t[^a-z]tegra\nSPACED\nN:\tfoo  bar # comment\n");
        assertEquals(List.of("TEGRA"), names(m, "drivers/gpu/tegra/drm.c"));
        assertEquals(List.of(), names(m, "drivers/bus/integrator.c"));
        assertEquals(List.of("SPACED"), names(m, "lib/foobar.c"));
    }

    @Test
    void deeperPatternsRankFirstAndLeadingStarRanksLast() {
        MaintainersMatcher m = matcher("""
                REST
                F:\t*
                F:\t*/
                DRIVERS
                F:\tdrivers/
                REGEX
                N:\tfoo
                FILE
                F:\tdrivers/net/foo.c
                NET
                F:\tdrivers/net/
                """);
        assertEquals(List.of("FILE", "NET", "DRIVERS", "REGEX", "REST"), names(m, "drivers/net/foo.c"));
        List<Integer> depths = m.match("drivers/net/foo.c").stream().map(SectionMatch::depth).toList();
        assertEquals(List.of(3, 2, 1, 0, -1), depths);
    }

    @Test
    void lastMatchingLineOfASectionSetsItsRank() {
        MaintainersMatcher m = matcher("WIDE\nF:\tdrivers/net/foo.c\nF:\tdrivers/\nNET\nF:\tdrivers/net/\n");
        List<SectionMatch> matches = m.match("drivers/net/foo.c");
        assertEquals(List.of("NET", "WIDE"), matches.stream().map(SectionMatch::name).toList());
        assertEquals("drivers/", matches.get(1).matchedBy().value());
        assertEquals(1, matches.get(1).depth());
    }

    @Test
    void tiesKeepMaintainersFileOrder() {
        MaintainersMatcher m = matcher("B\nF:\tnet/core/\nA\nF:\tnet/core/\nC\nF:\tnet/core/\n");
        assertEquals(List.of("B", "A", "C"), names(m, "net/core/dev.c"));
    }

    @Test
    void queriedPathIsCanonicalisedAndDirectoriesGetASlash() {
        MaintainersMatcher m = matcher("A\nF:\tdrivers/foo/\n");
        assertEquals("drivers/foo/", m.asScriptSeesIt("./drivers//foo/."));
        assertEquals("drivers/foo/a.c", m.asScriptSeesIt("drivers/./foo/a.c"));
        assertEquals(List.of("A"), names(m, "drivers/foo"));
    }

    @Test
    void invalidRegexIsWarnedAndNeverMatches() {
        MaintainersMatcher m = matcher("BAD\nN:\t(unclosed\nF:\tdrivers/\nBRACE\nF:\tdrivers/a{b\n");
        assertEquals(List.of(2), m.warnings().stream().map(w -> w.line()).toList());
        assertTrue(m.warnings().get(0).message().contains("(unclosed"));
        assertEquals(List.of("BRACE", "BAD"), names(m, "drivers/a{b"));
    }
}
