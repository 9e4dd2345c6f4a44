package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.LineWarning;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MaintainersParserTest {
    private static MaintainersFile parse(String text) {
        return MaintainersParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(MaintainersFile file) {
        return file.sections().stream().map(MaintainersSection::name).toList();
    }

    private static List<Integer> warningLines(MaintainersFile file) {
        return file.warnings().stream().map(LineWarning::line).toList();
    }

    @Test
    void readsEveryFieldKindOfASection() {
        MaintainersFile file = parse("""
                List of maintainers
                ===================
                \tM: *Mail* patches to: FullName <address@domain>

                FOO DRIVER
                M:\tAnn Example <ann@example.org>
                R:\tBob Example <bob@example.org>
                L:\tfoo@vger.kernel.org
                S:\tMaintained
                W:\thttps://foo.example.org
                T:\tgit git://git.example.org/foo.git
                F:\tdrivers/foo/
                X:\tdrivers/foo/legacy/
                N:\t[^a-z]foo
                K:\t\\bfoo_probe\\b
                """);
        assertEquals(List.of("FOO DRIVER"), names(file));
        MaintainersSection foo = file.sections().get(0);
        assertEquals(5, foo.line());
        assertEquals(Optional.of("Maintained"), foo.status());
        assertEquals(List.of("Ann Example <ann@example.org>"), foo.maintainers());
        assertEquals(List.of("Bob Example <bob@example.org>"), foo.reviewers());
        assertEquals(List.of("foo@vger.kernel.org"), foo.lists());
        assertEquals(List.of("drivers/foo/"), foo.files());
        assertEquals(List.of("drivers/foo/legacy/"), foo.excludes());
        assertEquals(List.of("[^a-z]foo"), foo.regexes());
        assertEquals(List.of("\\bfoo_probe\\b"), foo.keywords());
        assertEquals(List.of('W', 'T'), foo.otherFields().stream().map(MaintainersField::letter).toList());
        assertEquals(12, foo.fields().get(6).line());
        assertEquals(List.of(), file.warnings());
    }

    @Test
    void indentedHeaderFieldsAreProseNotSections() {
        MaintainersFile file = parse("""
                Descriptions
                \tF: *Files* and directories wildcard patterns.
                \t   F:\tdrivers/net/\tall files in and below drivers/net

                A
                F:\ta/
                """);
        assertEquals(List.of("A"), names(file));
        assertEquals(List.of(), file.warnings());
    }

    @Test
    void blankAndCommentLinesDoNotEndASection() {
        MaintainersFile file = parse("""
                A
                M:\tx@example.org

                # a comment
                F:\ta/
                B
                F:\tb/
                """);
        assertEquals(List.of("A", "B"), names(file));
        assertEquals(List.of("a/"), file.sections().get(0).files());
    }

    @Test
    void lastStatusLineIsTheStatus() {
        MaintainersFile file = parse("A\nS:\tMaintained\nS:\tOdd Fixes\nF:\ta/\n");
        assertEquals(Optional.of("Odd Fixes"), file.sections().get(0).status());
    }

    @Test
    void valueKeepsTrailingBlanksAndCarriageReturnsAndWarnsForPatterns() {
        MaintainersFile file = parse("A\r\nF:\ta/b.c \nM:\tm@example.org\r\n");
        MaintainersSection a = file.sections().get(0);
        assertEquals("A\r", a.name());
        assertEquals(List.of("a/b.c "), a.files());
        assertEquals(List.of("m@example.org\r"), a.maintainers());
        assertEquals(List.of(2), warningLines(file));
        assertTrue(file.warnings().get(0).message().contains("trailing blanks"));
    }

    @Test
    void indentedOrLowerCaseFieldStartsANewSectionWithAWarning() {
        MaintainersFile file = parse("""
                A
                F:\ta/
                 F:\tnot-a-field/
                F:\tb/
                C
                f:\tlower/
                """);
        assertEquals(List.of("A", " F:\tnot-a-field/"), names(file));
        assertEquals(List.of(5, 6), warningLines(file));
        assertTrue(file.warnings().get(0).message().contains("'C' is a section name with no fields"));
        assertTrue(file.warnings().get(1).message().contains("looks like a field"));
    }

    @Test
    void nameWithoutFieldsAfterTheHeaderIsWarned() {
        MaintainersFile file = parse("A\nF:\ta/\nSTRAY LINE\nB\nF:\tb/\n");
        assertEquals(List.of("A", "B"), names(file));
        assertEquals(List.of(3), warningLines(file));
        assertTrue(file.warnings().get(0).message().contains("'STRAY LINE' is a section name with no fields"));
    }

    @Test
    void fieldsBeforeAnyNameFormAnUnnamedSection() {
        MaintainersFile file = parse("F:\ttop/\nM:\tm@example.org\nA\nF:\ta/\n");
        assertEquals(List.of("", "A"), names(file));
        assertEquals(1, file.sections().get(0).line());
        assertEquals(List.of(1), warningLines(file));
    }

    @Test
    void invalidUtf8IsReplacedAndWarnedWithItsLine() {
        byte[] bytes = "A\nM:\tJ\u00f6rg <j@example.org>\nF:\ta/\n".getBytes(StandardCharsets.ISO_8859_1);
        MaintainersFile file = MaintainersParser.parse(bytes);
        assertEquals(List.of("J\uFFFDrg <j@example.org>"), file.sections().get(0).maintainers());
        assertEquals(List.of(2), warningLines(file));
    }

    @Test
    void unknownLetterIsKeptRawWithAWarning() {
        MaintainersFile file = parse("A\nZ:\tsomething\nF:\ta/\n");
        assertEquals(List.of(new MaintainersField('Z', "something", 2)), file.sections().get(0).otherFields());
        assertEquals(List.of(2), warningLines(file));
        assertTrue(file.warnings().get(0).message().contains("unknown field letter Z"));
    }

    @Test
    void emptyAndRandomBytesNeverThrow() {
        assertEquals(List.of(), MaintainersParser.parse(new byte[0]).sections());
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertFalse(MaintainersParser.parse(noise).warnings().isEmpty());
    }

    @Test
    void emptyPatternIsWarned() {
        MaintainersFile file = parse("A\nF:\nM:\tm@example.org\n");
        assertEquals(List.of(""), file.sections().get(0).files());
        assertEquals(List.of(2), warningLines(file));
    }
}
