package dev.interopatlas.app.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. Text that a spreadsheet would
 * take for a formula (starting with =, +, -, @, tab or CR) gets a leading {@code '}, as OWASP's "CSV Injection"
 * advises; numbers stay numbers. ESC is dropped so a cell cannot drive a terminal that shows the file.
 */
final class Csv {
    private Csv() {
    }

    static String row(List<?> fields) {
        return fields.stream().map(f -> f instanceof Number ? String.valueOf(f) : field(String.valueOf(f)))
                .collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String text) {
        String value = text.replace("\u001b", "");
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
