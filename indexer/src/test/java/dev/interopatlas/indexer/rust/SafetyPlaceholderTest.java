package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SAFETY placeholder rule on unsafe blocks. Each site is shown as {@code J} (documented: a justifying SAFETY
 * comment covers it), {@code P} (only placeholders cover it) or {@code -} (no SAFETY comment).
 */
class SafetyPlaceholderTest {
    private static List<String> covers(String source) {
        return RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8)).unsafeSites().stream()
                .map(SafetyPlaceholderTest::cover).toList();
    }

    private static String cover(UnsafeSiteFact site) {
        if (site.documented() && site.placeholder()) {
            throw new AssertionError("documented and placeholder at once: " + site);
        }
        return site.documented() ? "J" : site.placeholder() ? "P" : "-";
    }

    @Test
    void todoFixmeXxxTbdAndNothingAfterTheMarkerArePlaceholders() {
        assertEquals(List.of("P", "P", "P", "P", "P", "P", "P"), covers("""
                fn f() {
                    // SAFETY: TODO.
                    unsafe { a() };
                    // SAFETY: FIXME(#899): This is unsound. `$ty` is not
                    // necessarily `IntoBytes`.
                    let c = unsafe { c.assume_initialized() };
                    // SAFETY: XXX
                    unsafe { b() };
                    // SAFETY: TBD
                    unsafe { d() };
                    // SAFETY:
                    unsafe { e() };
                    unsafe { g() } // SAFETY:   \s
                    /* SAFETY: */ unsafe { h() };
                }
                """));
    }

    @Test
    void placeholderWordsMatchInAnyCase() {
        assertEquals(List.of("P", "P", "P", "P"), covers("""
                fn f() {
                    // SAFETY: todo: explain
                    unsafe { a() };
                    // SAFETY: Fixme
                    unsafe { b() };
                    // SAFETY: xXx
                    unsafe { c() };
                    unsafe { d() } // SAFETY: tbd.
                }
                """));
    }

    @Test
    void aJustificationIsNotAPlaceholderEvenIfItMentionsTodoLater() {
        assertEquals(List.of("J", "J"), covers("""
                fn f() {
                    // SAFETY: `p` is valid; TODO: tighten the bound.
                    unsafe { a() };
                    unsafe { b() } /* SAFETY:
                                    * the lock is held. */
                }
                """));
    }

    @Test
    void theJustificationMayContinueOnTheFollowingCommentLines() {
        assertEquals(List.of("J", "J", "J", "J"), covers("""
                fn f() {
                    // SAFETY:
                    // the pointer is valid because we hold the lock.
                    unsafe { a() };
                    // SAFETY:
                    //
                    // - `ptr` is valid for reads.
                    unsafe { b() };
                    unsafe { // SAFETY:
                        // the caller promised.
                        c()
                    };
                    /// SAFETY:
                    /// in a doc comment run too.
                    unsafe { d() };
                }
                """));
    }

    @Test
    void aContinuationThatIsAPlaceholderOrMissingLeavesAPlaceholder() {
        assertEquals(List.of("P", "P", "P", "P"), covers("""
                fn f() {
                    // SAFETY:
                    // TODO: write the argument down.
                    unsafe { a() };
                    // SAFETY:
                    //
                    unsafe { b() };
                    // SAFETY:
                    // SAFETY: todo
                    unsafe { c() };
                    // SAFETY:
                    let x = 1; // code ends the continuation: the comment above stays empty
                    // SAFETY:
                    #[allow(unused)]
                    unsafe { d() };
                }
                """));
    }

    @Test
    void aJustificationAnywhereInTheCoverWinsOverPlaceholders() {
        assertEquals(List.of("J", "J", "J", "J", "P"), covers("""
                fn f() {
                    // SAFETY: TODO.
                    // SAFETY: the pointer is valid.
                    unsafe { a() };
                    // SAFETY: the pointer is valid.
                    // SAFETY: TODO.
                    unsafe { b() };
                    // SAFETY: FIXME
                    unsafe { c() } // SAFETY: the index is in bounds.
                    // SAFETY: the statement's comment justifies it.
                    let x =
                        // SAFETY: TODO
                        unsafe { d() };
                    // SAFETY: TODO
                    let y =
                        unsafe { e() };
                }
                """));
    }

    @Test
    void theMarkerStaysCaseSensitiveAndARunStillEndsAtABlankLine() {
        assertEquals(List.of("-", "-", "-"), covers("""
                fn f() {
                    // safety: TODO
                    unsafe { a() };
                    // SAFETY: TODO

                    unsafe { b() };
                    // SAFETY: TODO
                    b();
                    unsafe { c() };
                }
                """));
    }

    @Test
    void placeholdersConcernBlocksOnlyAsDocumentationDoes() {
        assertEquals(List.of("-", "-"), covers("""
                // SAFETY: TODO.
                unsafe impl Send for X {}
                // SAFETY:
                unsafe fn f() {}
                """));
    }

    @Test
    void placeholderInAnAttributedStatementLikePrintRs() {
        // rust/kernel/print.rs:110-113 of 7.3: a comment, #[cfg(CONFIG_PRINTK)], `// SAFETY: TODO.`, `unsafe {`.
        assertEquals(List.of("P"), covers("""
                fn call_printk() {
                    // `_printk` does not seem to fail in any path.
                    #[cfg(CONFIG_PRINTK)]
                    // SAFETY: TODO.
                    unsafe {
                        bindings::_printk();
                    }
                }
                """));
    }
}
