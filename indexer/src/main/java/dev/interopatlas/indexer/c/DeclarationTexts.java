package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.LineWarning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalised text of each declaration of one header or helper file, for comparing two versions of it. Uses
 * the same lexer and declaration parser as the index, so it sees exactly the declarations the index resolves
 * {@code bindings::} names to; each declaration's text is that of the file-scope statement the parser cut around
 * it. Only files that differ between the two sides are read this way, so it keeps nothing in the facts cache.
 */
public final class DeclarationTexts {
    private final List<CToken> tokens;
    private final List<DeclarationParser.Statement> statements;
    private final Map<Integer, Map<String, String>> enumValues = new HashMap<>();

    private DeclarationTexts(List<CToken> tokens, List<DeclarationParser.Statement> statements) {
        this.tokens = tokens;
        this.statements = statements;
    }

    /** Every declaration of {@code content} with a name C code can use, macros included, in line order. */
    public static List<DeclarationText> of(byte[] content) {
        CLexer.Result lexed = CLexer.lex(content == null ? new byte[0] : content);
        List<LineWarning> ignored = new ArrayList<>();
        DeclarationParser parser = DeclarationParser.parse(lexed.tokens(), ignored);
        DeclarationTexts texts = new DeclarationTexts(lexed.tokens(), parser.statementSpans());
        List<DeclarationText> out = new ArrayList<>();
        for (CDirective directive : lexed.directives()) {
            macro(directive).ifPresent(out::add);
        }
        for (CDeclaration declaration : parser.declarations()) {
            if (declaration.forward() || !declaration.kind().declaresCName()) {
                continue; // forward declarations and mentions have no text of their own to compare
            }
            try {
                texts.text(declaration).ifPresent(out::add);
            } catch (RuntimeException e) {
                // an odd statement costs only its own comparison
            }
        }
        out.sort(java.util.Comparator.comparingInt(DeclarationText::line));
        return out;
    }

    private java.util.Optional<DeclarationText> text(CDeclaration d) {
        int name = nameToken(d);
        if (name < 0) {
            return java.util.Optional.empty();
        }
        DeclarationParser.Statement statement = statementOf(name);
        if (statement == null) {
            return java.util.Optional.empty();
        }
        int start = statement.start();
        int end = statement.end();
        return java.util.Optional.of(switch (d.kind()) {
            case FUNCTION -> statement.body() >= 0 && statement.body() > name
                    ? new DeclarationText(d.name(), d.kind(), d.line(), join(start, statement.body()),
                    join(statement.body(), end), "", "")
                    : new DeclarationText(d.name(), d.kind(), d.line(), join(start, end), "", "", "");
            case STRUCT, UNION, ENUM -> {
                int open = nextBrace(name, end);
                yield new DeclarationText(d.name(), d.kind(), d.line(), "", "",
                        open < 0 ? "" : join(open, closeOf(open, end) + 1), "");
            }
            case ENUM_CONSTANT -> new DeclarationText(d.name(), d.kind(), d.line(), "", "", "",
                    enumValue(name, start));
            case TYPEDEF -> typedef(d, start, end);
            default -> new DeclarationText(d.name(), d.kind(), d.line(), join(start, end), "", "", "");
        });
    }

    /** A typedef of a struct written in place: its braces are its fields, the rest its signature. */
    private DeclarationText typedef(CDeclaration d, int start, int end) {
        int open = nextBrace(start, end);
        if (open < 0) {
            return new DeclarationText(d.name(), d.kind(), d.line(), join(start, end), "", "", "");
        }
        int close = closeOf(open, end);
        return new DeclarationText(d.name(), d.kind(), d.line(), join(start, open) + "{}" + join(close + 1, end), "",
                join(open, close + 1), "");
    }

    /** The token of the declared name: the first token with that text on the declaration's line. */
    private int nameToken(CDeclaration d) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).line() < d.line()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < tokens.size() && tokens.get(i).line() == d.line(); i++) {
            if (tokens.get(i).text().equals(d.name())) {
                return i;
            }
        }
        return -1;
    }

    private DeclarationParser.Statement statementOf(int token) {
        int low = 0;
        int high = statements.size() - 1;
        DeclarationParser.Statement found = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            DeclarationParser.Statement s = statements.get(mid);
            if (s.start() <= token) {
                found = s;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found != null && token < found.end() ? found : null;
    }

    private int nextBrace(int from, int end) {
        for (int i = from; i < end; i++) {
            if (tokens.get(i).kind() == CToken.Kind.PUNCT && tokens.get(i).is("{")) {
                return i;
            }
        }
        return -1;
    }

    /** The brace that closes {@code open}, or the last token before {@code end} when it is unbalanced. */
    private int closeOf(int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            CToken t = tokens.get(i);
            if (t.kind() != CToken.Kind.PUNCT) {
                continue;
            }
            if (t.is("{")) {
                depth++;
            } else if (t.is("}") && --depth == 0) {
                return i;
            }
        }
        return end - 1;
    }

    /**
     * An enum constant's value: its expression, or for one without, the last explicit value before it plus how many
     * constants later it comes ("4+2"; "2" when none before has a value), so inserting a constant changes the
     * values it shifts.
     */
    private String enumValue(int name, int statementStart) {
        int open = enclosingBrace(name, statementStart);
        if (open < 0) {
            return "";
        }
        return enumValues.computeIfAbsent(open, this::enumValuesFrom).getOrDefault(tokens.get(name).text(), "");
    }

    private int enclosingBrace(int from, int statementStart) {
        int depth = 0;
        for (int i = from - 1; i >= statementStart; i--) {
            CToken t = tokens.get(i);
            if (t.kind() != CToken.Kind.PUNCT) {
                continue;
            }
            if (t.is("}") || t.is(")") || t.is("]")) {
                depth++;
            } else if (t.is("{") || t.is("(") || t.is("[")) {
                if (depth == 0) {
                    return t.is("{") ? i : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    private Map<String, String> enumValuesFrom(int open) {
        Map<String, String> values = new HashMap<>();
        String base = "";
        int offset = 0;
        int i = open + 1;
        while (i < tokens.size()) {
            CToken t = tokens.get(i);
            if (t.kind() == CToken.Kind.PUNCT && t.is("}")) {
                break;
            }
            if (!t.isIdent()) {
                i++;
                continue;
            }
            int next = i + 1;
            if (next < tokens.size() && tokens.get(next).is("=")) {
                int endOfValue = endOfElement(next + 1);
                boolean comma = endOfValue > next + 1 && tokens.get(endOfValue - 1).is(",");
                base = join(next + 1, comma ? endOfValue - 1 : endOfValue);
                offset = 0;
                values.put(t.text(), base);
                i = endOfValue;
            } else {
                offset++;
                values.put(t.text(), base.isEmpty() ? Integer.toString(offset - 1) : base + "+" + offset);
                i = endOfElement(next);
            }
        }
        return values;
    }

    /** The ',' or '}' that ends one enumerator's expression starting at {@code from}. */
    private int endOfElement(int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            CToken t = tokens.get(i);
            if (t.kind() != CToken.Kind.PUNCT) {
                continue;
            }
            if (t.is("(") || t.is("[") || t.is("{")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (t.is("}")) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (t.is(",") && depth == 0) {
                return i + 1;
            }
        }
        return tokens.size();
    }

    private String join(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            append(out, tokens.get(i).text());
        }
        return out.toString();
    }

    /** Appends {@code word}, with one space before it only where two words would otherwise run together. */
    private static void append(StringBuilder out, String word) {
        if (!out.isEmpty() && !word.isEmpty() && isWordChar(out.charAt(out.length() - 1))
                && isWordChar(word.charAt(0))) {
            out.append(' ');
        }
        out.append(word);
    }

    private static boolean isWordChar(char c) {
        return CLexer.isIdentPart(c);
    }

    /** {@code #define NAME(params) value}: parameters as signature, replacement text as value. */
    private static java.util.Optional<DeclarationText> macro(CDirective directive) {
        java.util.Optional<CDeclaration> define = CFileAnalyzer.PreprocessorLine.define(directive);
        if (define.isEmpty()) {
            return java.util.Optional.empty();
        }
        CDeclaration d = define.get();
        String text = directive.text().stripLeading();
        int at = text.indexOf(d.name(), "define".length());
        String rest = text.substring(at + d.name().length());
        String parameters = "";
        if (d.kind() == CDeclKind.MACRO_FUNCTION) {
            int close = rest.indexOf(')');
            parameters = normalise(close < 0 ? rest : rest.substring(0, close + 1));
            rest = close < 0 ? "" : rest.substring(close + 1);
        }
        return java.util.Optional.of(new DeclarationText(d.name(), d.kind(), d.line(), parameters, "", "",
                normalise(rest)));
    }

    /** Whitespace dropped except one space between two word characters. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty() && isWordChar(out.charAt(out.length() - 1)) && isWordChar(c)) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }
}
