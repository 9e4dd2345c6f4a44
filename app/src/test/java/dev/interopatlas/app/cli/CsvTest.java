package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run as formulas (OWASP "CSV Injection"): text is prefixed with a quote. */
class CsvTest {
    @Test
    void textStartingWithAFormulaCharacterIsPrefixed() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Csv.field("+1"));
        assertEquals("'-rust", Csv.field("-rust"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'\tx", Csv.field("\tx"));
        assertEquals("\"'\rx\"", Csv.field("\rx"));
    }

    @Test
    void numbersAreLeftAsNumbers() {
        assertEquals("-1,2.5,RUST\r\n", Csv.row(List.of(-1, 2.5, "RUST")));
    }

    @Test
    void escapeBytesAreDropped() {
        assertEquals("NET[31mDRIVERS", Csv.field("NET\u001b[31mDRIVERS"));
    }
}
