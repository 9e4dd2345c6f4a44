package dev.interopatlas.indexer.maintainers;

import dev.interopatlas.indexer.facts.LineWarning;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MAINTAINERS the way scripts/get_maintainer.pl does: lines end at {@code \n} only (a {@code \r} stays in
 * the text), a line {@code ^[A-Z]:\s*(.*)} is a field, blank and {@code #} lines are skipped entirely (so they do
 * not end a section), and any other line is a name. A section is a name followed by one or more fields; names
 * with no field (the file's prose header, stray lines) match nothing and are not returned. Never throws: odd
 * bytes and suspicious lines become warnings.
 */
public final class MaintainersParser {
    private static final int FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern FIELD = Pattern.compile("^([A-Z]):\\s*(.*)", FLAGS);
    private static final Pattern SKIPPED = Pattern.compile("^\\s*(#.*)?$", FLAGS);
    private static final Pattern LOOKS_LIKE_FIELD = Pattern.compile("^\\s*[A-Za-z]\\s*:", FLAGS);
    private static final String KNOWN_LETTERS = "MRLSWQBCPTFXNK";

    private MaintainersParser() {
    }

    /** An entry of get_maintainer.pl's {@code @typevalue}: a field or a name line. */
    private record Entry(String text, int line, MaintainersField field) {
        boolean isField() {
            return field != null;
        }
    }

    public static MaintainersFile parse(byte[] bytes) {
        List<LineWarning> warnings = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        int lineNumber = 1;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text = decode(bytes, start, end, lineNumber, warnings);
            Matcher field = FIELD.matcher(text);
            if (field.lookingAt()) {
                char letter = field.group(1).charAt(0);
                String value = field.group(2);
                entries.add(new Entry(text, lineNumber, new MaintainersField(letter, value, lineNumber)));
                checkField(letter, value, lineNumber, warnings);
            } else if (!SKIPPED.matcher(text).matches()) {
                entries.add(new Entry(text, lineNumber, null));
            }
            start = end + 1;
            lineNumber++;
        }
        return new MaintainersFile(sections(entries, warnings), warnings);
    }

    /** Groups each maximal run of fields with the name line just before it. */
    private static List<MaintainersSection> sections(List<Entry> entries, List<LineWarning> warnings) {
        List<MaintainersSection> sections = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            if (!entries.get(i).isField()) {
                boolean named = i + 1 < entries.size() && entries.get(i + 1).isField();
                if (!named && !sections.isEmpty()) {
                    warnUnnamed(entries.get(i), warnings);
                }
                i++;
                continue;
            }
            int first = i;
            List<MaintainersField> fields = new ArrayList<>();
            while (i < entries.size() && entries.get(i).isField()) {
                fields.add(entries.get(i).field());
                i++;
            }
            if (first == 0) {
                warnings.add(new LineWarning(fields.get(0).line(),
                        "field before any section name; kept as a section with an empty name"));
                sections.add(new MaintainersSection("", fields.get(0).line(), fields));
            } else {
                Entry name = entries.get(first - 1);
                sections.add(new MaintainersSection(name.text(), name.line(), fields));
            }
        }
        return sections;
    }

    private static void warnUnnamed(Entry entry, List<LineWarning> warnings) {
        String why = LOOKS_LIKE_FIELD.matcher(entry.text()).lookingAt()
                ? "looks like a field but is not one (a field is an upper-case letter and ':' at the start of the"
                        + " line), so it starts a new section"
                : "is a section name with no fields";
        warnings.add(new LineWarning(entry.line(), "'" + abbreviate(entry.text()) + "' " + why));
    }

    private static void checkField(char letter, String value, int line, List<LineWarning> warnings) {
        if (KNOWN_LETTERS.indexOf(letter) < 0) {
            warnings.add(new LineWarning(line, "unknown field letter " + letter + ": kept as a raw field"));
        }
        if ((letter == 'F' || letter == 'X') && !value.isEmpty() && value.strip().length() != value.length()) {
            warnings.add(new LineWarning(line, letter + ": pattern '" + abbreviate(value)
                    + "' has trailing blanks, which get_maintainer.pl keeps as part of the pattern"));
        }
        if ((letter == 'F' || letter == 'X' || letter == 'N') && value.isBlank()) {
            warnings.add(new LineWarning(line, "empty " + letter + ": pattern"));
        }
    }

    private static String decode(byte[] bytes, int start, int end, int line, List<LineWarning> warnings) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, start, end - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            warnings.add(new LineWarning(line, "bytes that are not UTF-8, replaced by U+FFFD"));
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
