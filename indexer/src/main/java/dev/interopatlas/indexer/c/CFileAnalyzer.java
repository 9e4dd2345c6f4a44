package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.IncludeDirective;
import dev.interopatlas.indexer.facts.LineWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Lexes one C header or helper file and collects its facts, without preprocessing (all #if branches count). */
public final class CFileAnalyzer {
    private CFileAnalyzer() {
    }

    /** Never throws on bad input; problems become {@link CFileFacts#warnings()}. */
    public static CFileFacts analyze(byte[] content) {
        try {
            CLexer.Result lexed = CLexer.lex(content == null ? new byte[0] : content);
            List<LineWarning> warnings = new ArrayList<>(lexed.warnings());
            List<IncludeDirective> includes = new ArrayList<>();
            List<CDeclaration> declarations = new ArrayList<>();
            for (CDirective directive : lexed.directives()) {
                PreprocessorLine.include(directive).ifPresent(includes::add);
                PreprocessorLine.define(directive).ifPresent(declarations::add);
                if (PreprocessorLine.isUnreadableInclude(directive)) {
                    warnings.add(new LineWarning(directive.line(), "#include with a computed target is ignored: "
                            + directive.text()));
                }
            }
            DeclarationParser parser = DeclarationParser.parse(lexed.tokens(), warnings);
            declarations.addAll(parser.declarations());
            declarations.sort(Comparator.comparingInt(CDeclaration::line));
            warnings.sort(Comparator.comparingInt(LineWarning::line));
            return new CFileFacts(includes, declarations, parser.helpers(), warnings);
        } catch (RuntimeException e) {
            // A lexer bug must not stop indexing: report it as a warning on the file.
            return new CFileFacts(List.of(), List.of(), List.of(),
                    List.of(new LineWarning(1, "C analyzer failed: " + e)));
        }
    }

    /** The few preprocessor lines the index needs: {@code #include} and {@code #define}. */
    static final class PreprocessorLine {
        private PreprocessorLine() {
        }

        static Optional<IncludeDirective> include(CDirective directive) {
            String rest = afterKeyword(directive.text(), "include");
            if (rest == null) {
                rest = afterKeyword(directive.text(), "include_next");
            }
            if (rest == null || rest.isEmpty()) {
                return Optional.empty();
            }
            char open = rest.charAt(0);
            char close = open == '<' ? '>' : open == '"' ? '"' : 0;
            int end = close == 0 ? -1 : rest.indexOf(close, 1);
            if (end <= 1) {
                return Optional.empty();
            }
            return Optional.of(new IncludeDirective(rest.substring(1, end).trim(), open == '<', directive.line()));
        }

        static boolean isUnreadableInclude(CDirective directive) {
            String rest = afterKeyword(directive.text(), "include");
            return rest != null && !rest.isEmpty() && include(directive).isEmpty();
        }

        static Optional<CDeclaration> define(CDirective directive) {
            String rest = afterKeyword(directive.text(), "define");
            if (rest == null || rest.isEmpty() || !CLexer.isIdentStart(rest.charAt(0))) {
                return Optional.empty();
            }
            int end = 1;
            while (end < rest.length() && CLexer.isIdentPart(rest.charAt(end))) {
                end++;
            }
            boolean function = end < rest.length() && rest.charAt(end) == '(';
            return Optional.of(new CDeclaration(rest.substring(0, end),
                    function ? CDeclKind.MACRO_FUNCTION : CDeclKind.MACRO_CONSTANT, directive.line(), Optional.empty()));
        }

        /** The text after {@code keyword} when the directive is that one ({@code # define} spacing allowed). */
        private static String afterKeyword(String text, String keyword) {
            String trimmed = text.stripLeading();
            if (!trimmed.startsWith(keyword)) {
                return null;
            }
            String rest = trimmed.substring(keyword.length());
            if (!rest.isEmpty() && CLexer.isIdentPart(rest.charAt(0))) {
                return null;
            }
            return rest.strip();
        }
    }
}
