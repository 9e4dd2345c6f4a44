package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PerlRegexTest {
    @Test
    void extendedModeDropsBlanksAndCommentsButNotInsideClasses() {
        assertEquals("ab[ c]", PerlRegex.translate("a b [ c] # note", true));
        assertTrue(PerlRegex.compile("x [ ] y", true).matcher("x y").find());
    }

    @Test
    void bracketInsideClassIsLiteral() {
        assertTrue(PerlRegex.compile("a[[]b", false).matcher("a[b").find());
        assertTrue(PerlRegex.compile("[]a]", false).matcher("]").find());
    }

    @Test
    void braceThatIsNotAQuantifierIsLiteral() {
        assertTrue(PerlRegex.compile("a{b", false).matcher("a{b").find());
        assertTrue(PerlRegex.compile("a{2}", false).matcher("aa").find());
        assertFalse(PerlRegex.compile("^a{2}$", false).matcher("a{2}").find());
    }

    @Test
    void posixClassesBecomeJavaEscapes() {
        assertTrue(PerlRegex.compile("^[[:digit:]]+$", false).matcher("123").find());
        assertFalse(PerlRegex.compile("^[[:^alpha:]]$", false).matcher("q").find());
    }

    @Test
    void inlineCaseInsensitiveGroupWorks() {
        assertTrue(PerlRegex.compile("\\b(?i:rust)\\b", true).matcher("the Rust code").find());
    }
}
