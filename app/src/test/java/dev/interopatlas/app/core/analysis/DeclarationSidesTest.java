package dev.interopatlas.app.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.analysis.DeclarationSides.Row;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeclarationSidesTest {
    private static Row same(String line) {
        return new Row(Optional.of(line), Optional.of(line));
    }

    private static Row replaced(String before, String after) {
        return new Row(Optional.of(before), Optional.of(after));
    }

    @Test
    void prototypeBreaksAfterEachParameterAndMarksOnlyTheChangedOne() {
        // the planted change of PlantedChangesTest: phy.h:60 `u32 regnum` became `u16 regnum`
        List<Row> rows = DeclarationSides.rows(
                Optional.of("int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);"),
                Optional.of("int phy_read_paged(struct phy_device *phydev, int page, u16 regnum);"));
        assertEquals(List.of(same("int phy_read_paged(struct phy_device *phydev,"), same("int page,"),
                replaced("u32 regnum);", "u16 regnum);")), rows);
        assertEquals(List.of(false, false, true), rows.stream().map(Row::changed).toList());
    }

    @Test
    void commasInsideNestedParenthesesDoNotBreak() {
        assertEquals(List.of("void f(void (*cb)(int, int),", "int n);"),
                DeclarationSides.lines("void f(void (*cb)(int, int), int n);"));
    }

    @Test
    void eachTextOfANameWithSeveralStartsALine() {
        // the report joins a prototype and its !CONFIG fallback with " | " (security.h:579 on the corpus)
        assertEquals(List.of("void f(char*p,", "u32 n);", "static inline void f(char*p,", "u32 n){", "}"),
                DeclarationSides.lines("void f(char*p,u32 n); | static inline void f(char*p,u32 n){}"));
    }

    @Test
    void structFieldsGoOnePerLineAndAnInsertedFieldIsARowOfItsOwn() {
        List<Row> rows = DeclarationSides.rows(Optional.of("{ int speed; int duplex; int autoneg; }"),
                Optional.of("{ int speed; int duplex; int pause; int autoneg; }"));
        assertEquals(List.of(same("{"), same("int speed;"), same("int duplex;"),
                new Row(Optional.empty(), Optional.of("int pause;")), same("int autoneg;"), same("}")), rows);
        assertEquals(1, rows.stream().filter(Row::changed).count());
    }

    @Test
    void removedLinesFacingAddedLinesShareRows() {
        List<Row> rows = DeclarationSides.align(List.of("a", "b", "c", "d"), List.of("a", "x", "y", "z", "d"));
        assertEquals(List.of(same("a"), replaced("b", "x"), replaced("c", "y"),
                new Row(Optional.empty(), Optional.of("z")), same("d")), rows);
    }

    @Test
    void anAbsentSideShowsAbsentAgainstEveryLineOfTheOther() {
        List<Row> added = DeclarationSides.rows(Optional.empty(), Optional.of("int f(int a, int b);"));
        assertEquals(List.of(replaced(DeclarationSides.ABSENT, "int f(int a,"),
                new Row(Optional.empty(), Optional.of("int b);"))), added);
        assertTrue(added.stream().allMatch(Row::changed));

        List<Row> removed = DeclarationSides.rows(Optional.of("0+4"), Optional.empty());
        assertEquals(List.of(replaced("0+4", DeclarationSides.ABSENT)), removed);
    }

    @Test
    void identicalVersionsHaveNoChangedRow() {
        List<Row> rows = DeclarationSides.rows(Optional.of("0+4"), Optional.of("0+4"));
        assertEquals(List.of(same("0+4")), rows);
        assertFalse(rows.get(0).changed());
    }
}
