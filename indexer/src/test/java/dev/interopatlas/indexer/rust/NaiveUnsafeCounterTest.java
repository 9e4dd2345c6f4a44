package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.rust.NaiveUnsafeCounter.Site;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second opinion must itself hide comments and literals, or the cross-check proves nothing. */
class NaiveUnsafeCounterTest {
    @Test
    void commentsStringsAndCharsAreBlankedLifetimesAreNot() {
        String source = """
                // unsafe { a }
                /* outer /* unsafe { b } */ unsafe fn c() */
                let s = "unsafe { \\" unsafe impl X";
                let r = r#"unsafe trait T "# ; let b = br"unsafe {";
                fn f<'a>(x: &'a u8) { let q = '"'; unsafe { g() } }
                """;
        assertEquals(List.of(new Site(UnsafeKind.BLOCK, 5)), NaiveUnsafeCounter.sites(source));
    }

    @Test
    void findsEachFormWithItsLine() {
        String source = """
                unsafe impl Send for X {}
                pub unsafe extern "C" fn a() {}
                #vis unsafe fn #name() {}
                unsafe auto trait T {}
                type F = unsafe extern "C" fn(i32);
                macro_rules! m { ($unsafe:tt) => { $unsafe { x } } }
                let r#unsafe = 1;
                """;
        assertEquals(List.of(new Site(UnsafeKind.FN, 2), new Site(UnsafeKind.FN, 3),
                new Site(UnsafeKind.IMPL, 1), new Site(UnsafeKind.TRAIT, 4)), NaiveUnsafeCounter.sites(source));
    }
}
