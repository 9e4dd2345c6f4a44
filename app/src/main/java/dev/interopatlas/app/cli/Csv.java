package dev.interopatlas.app.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. */
final class Csv {
    private Csv() {
    }

    static String row(List<?> fields) {
        return fields.stream().map(f -> field(String.valueOf(f))).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
