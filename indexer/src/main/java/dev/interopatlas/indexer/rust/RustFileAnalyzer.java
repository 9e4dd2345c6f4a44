package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.ModDecl;
import dev.interopatlas.indexer.facts.PathRef;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lexes one Rust file and collects its facts in a single pass over the code tokens (comments and literals are
 * never code). Delimiters are tracked on a stack whose frames remember the innermost enclosing item, which
 * names unsafe sites; the counting rules are those of the indexer brief, summarised on each method.
 */
public final class RustFileAnalyzer {
    private enum FrameKind { BLOCK, FN, IMPL, TRAIT, MOD, MACRO_RULES }

    /** Keywords only in later editions: a 2021 crate may name a module {@code gen} (syn does). */
    private static final Set<String> EDITION_KEYWORDS = Set.of("gen", "try", "async", "await", "dyn");

    /**
     * One open delimiter.
     *
     * @param enclosing  the name reported for unsafe sites directly inside
     * @param owner      for IMPL the self type, for TRAIT the trait name, for FN/MOD/MACRO_RULES the name
     */
    private record Frame(char open, FrameKind kind, String enclosing, String owner, boolean inMacroRules) {
    }

    /** An item header seen whose body has not opened yet: it opens at stack depth {@code depth}. */
    private record Pending(FrameKind kind, String enclosing, String owner, int depth) {
    }

    private final List<Token> code;
    private final int[] match;
    private final SafetyComments safety;
    private final Deque<Frame> stack = new ArrayDeque<>();
    /** Open frames per delimiter char, so stray closers cost O(1). */
    private final int[] openCount = new int[128];
    private Pending pending;
    private int pathScanEnd;

    private final List<UnsafeSiteFact> sites = new ArrayList<>();
    private final List<PathRef> kernelRefs = new ArrayList<>();
    private final List<ModDecl> modDecls = new ArrayList<>();
    private boolean usesKernel;
    private boolean mentionsBindings;
    private Optional<String> crateName = Optional.empty();
    private final List<String> includes = new ArrayList<>();

    private RustFileAnalyzer(List<Token> all, int lineCount) {
        List<Token> kept = new ArrayList<>(all.size() / 2);
        for (Token t : all) { // a loop: two million tokens in 7.3
            if (!t.kind().isTrivia()) {
                kept.add(t);
            }
        }
        this.code = Collections.unmodifiableList(kept);
        this.match = Delimiters.match(code);
        this.safety = new SafetyComments(all, lineCount);
    }

    /** Never throws on bad input; problems become {@link RustFacts#warnings()}. */
    public static RustFacts analyze(byte[] content) {
        String source = RustLexer.decode(content);
        RustLexer.Result lexed = RustLexer.lex(source);
        int lines = countLines(source, lexed.lineBreaks());
        RustFileAnalyzer analyzer = new RustFileAnalyzer(lexed.tokens(), lines);
        analyzer.run();
        // Most files never say "bindings"; only those pay for the scope scan.
        BindingsScan.Result bindings = analyzer.mentionsBindings
                ? BindingsScan.scan(analyzer.code, analyzer.match) : BindingsScan.Result.NONE;
        return new RustFacts(lines, analyzer.sites, bindings.kernel(), analyzer.kernelRefs, analyzer.usesKernel,
                analyzer.modDecls, lexed.warnings(), bindings.scoped(), bindings.aliases(), analyzer.crateName,
                analyzer.includes);
    }

    /** Lines as {@code wc -l} counts them, plus a last line without its line break. */
    static int countLines(String source, int lineBreaks) {
        return !source.isEmpty() && source.charAt(source.length() - 1) != '\n' ? lineBreaks + 1 : lineBreaks;
    }

    private void run() {
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            switch (t.kind()) {
                case PUNCT -> punct(i, t);
                case KEYWORD -> keyword(i, t);
                case IDENT -> ident(i, t);
                default -> {
                }
            }
        }
    }

    private void punct(int i, Token t) {
        String s = t.text();
        if (s.equals("{") || s.equals("(") || s.equals("[")) {
            char open = s.charAt(0);
            if (pending != null && pending.depth == stack.size()
                    && (open == '{' || pending.kind == FrameKind.MACRO_RULES)) {
                boolean macro = pending.kind == FrameKind.MACRO_RULES || inMacroRules();
                stack.push(new Frame(open, pending.kind, pending.enclosing, pending.owner, macro));
                pending = null;
            } else {
                stack.push(new Frame(open, FrameKind.BLOCK, currentEnclosing(), "", inMacroRules()));
            }
            openCount[open]++;
        } else if (s.equals("}") || s.equals(")") || s.equals("]")) {
            close(Delimiters.openerOf(s.charAt(0)));
            if (pending != null && stack.size() < pending.depth) {
                pending = null;
            }
        } else if (s.equals(";") && pending != null && pending.depth == stack.size()) {
            pending = null;
        }
    }

    /** Pops to the matching opener; a stray closer (invalid Rust) is ignored. */
    private void close(char open) {
        if (openCount[open] == 0) {
            return;
        }
        while (!stack.isEmpty()) {
            char popped = stack.pop().open;
            openCount[popped]--;
            if (popped == open) {
                return;
            }
        }
    }

    private void keyword(int i, Token t) {
        switch (t.text()) {
            case "unsafe" -> unsafeSite(i, t);
            case "fn" -> fnName(i + 1).ifPresent(name -> pending =
                    new Pending(FrameKind.FN, fnEnclosing(name), name, stack.size()));
            case "impl" -> {
                if (isItemImpl(i) && (pending == null || pending.depth != stack.size())) {
                    ImplHeader header = ImplHeader.parse(code, i);
                    pending = new Pending(FrameKind.IMPL, header.label(), header.selfType(), stack.size());
                }
            }
            case "trait" -> {
                if (kind(i + 1) == TokenKind.IDENT) {
                    String name = code.get(i + 1).text();
                    pending = new Pending(FrameKind.TRAIT, "trait " + name, name, stack.size());
                }
            }
            case "mod" -> modDecl(i);
            case "crate" -> {
                if (isPunct(i + 1, "::") && !isPunct(i - 1, "::") && i >= pathScanEnd) {
                    parsePath(i, "crate");
                } else if (isKeyword(i - 1, "extern") && isIdentText(i + 1, "kernel")) {
                    usesKernel = true;
                }
            }
            case "use" -> {
                if (isIdentText(i + 1, "kernel") || (isPunct(i + 1, "::") && isIdentText(i + 2, "kernel"))) {
                    usesKernel = true;
                }
            }
            default -> {
            }
        }
    }

    private void ident(int i, Token t) {
        switch (t.text()) {
            case "macro_rules" -> {
                if (isPunct(i + 1, "!") && kind(i + 2) == TokenKind.IDENT) {
                    String name = code.get(i + 2).text();
                    pending = new Pending(FrameKind.MACRO_RULES, "macro_rules! " + name, name, stack.size());
                }
            }
            case BindingsScan.BINDINGS -> mentionsBindings = true;
            case "crate_name" -> crateNameAttribute(i);
            case "include" -> {
                if (isPunct(i + 1, "!") && isPunct(i + 2, "(") && kind(i + 3) == TokenKind.STRING
                        && isPunct(i + 4, ")")) {
                    includes.add(Literals.stringValue(code.get(i + 3)));
                }
            }
            case "kernel" -> {
                if (isPunct(i + 1, "::") && isPathRoot(i) && i >= pathScanEnd) {
                    usesKernel = true;
                    parsePath(i, "kernel");
                }
            }
            default -> {
            }
        }
    }

    // ---- unsafe sites ------------------------------------------------------------------------------

    /**
     * {@code unsafe {} → block, documented or placeholder by its SAFETY cover; {@code unsafe fn NAME} and
     * {@code unsafe extern "abi" fn NAME} → fn (a fn pointer type has no name; NAME may be {@code $x} or
     * {@code #x} in macro templates); {@code unsafe impl}; {@code unsafe trait} / {@code unsafe auto trait}.
     */
    private void unsafeSite(int i, Token t) {
        if (isPunct(i - 1, "$")) {
            return; // a macro metavariable named `unsafe` ($unsafe:tt); the keyword is counted where it is passed
        }
        int k = i + 1;
        if (isPunct(k, "{")) {
            int statementLine = bindingStatementLine(i).orElse(t.line());
            SafetyCover cover = statementLine < t.line()
                    ? safety.cover(t.line()).or(safety.cover(statementLine)) : safety.cover(t.line());
            sites.add(new UnsafeSiteFact(t.line(), UnsafeKind.BLOCK, currentEnclosing(),
                    cover == SafetyCover.JUSTIFIED, inMacroRules(), cover == SafetyCover.PLACEHOLDER));
            return;
        }
        if (isKeyword(k, "extern")) {
            k++;
            if (kind(k) == TokenKind.STRING || kind(k) == TokenKind.RAW_STRING) {
                k++;
            }
            if (!isKeyword(k, "fn")) {
                return;
            }
        }
        if (isKeyword(k, "fn")) {
            fnName(k + 1).ifPresent(name -> sites.add(
                    new UnsafeSiteFact(t.line(), UnsafeKind.FN, fnEnclosing(name), false, inMacroRules(), false)));
        } else if (isKeyword(k, "impl")) {
            sites.add(new UnsafeSiteFact(t.line(), UnsafeKind.IMPL, ImplHeader.parse(code, k).label(), false,
                    inMacroRules(), false));
        } else if (isKeyword(k, "trait") || (isIdentText(k, "auto") && isKeyword(k + 1, "trait"))) {
            int nameAt = isKeyword(k, "trait") ? k + 1 : k + 2;
            String name = kind(nameAt) == TokenKind.IDENT ? code.get(nameAt).text() : "";
            sites.add(new UnsafeSiteFact(t.line(), UnsafeKind.TRAIT, "trait " + name, false, inMacroRules(),
                    false));
        }
    }

    /**
     * For {@code let x =\n unsafe {…}} (and const/static initialisers) the line where that statement starts:
     * clippy looks for the SAFETY comment above the statement, not above the block.
     */
    private Optional<Integer> bindingStatementLine(int unsafeAt) {
        if (!isPunct(unsafeAt - 1, "=")) {
            return Optional.empty();
        }
        int limit = Math.max(0, unsafeAt - 200);
        for (int j = unsafeAt - 2; j >= limit; j--) {
            Token t = code.get(j);
            if ((t.isPunct(")") || t.isPunct("]") || t.isPunct("}")) && match[j] >= 0 && match[j] < j
                    && !t.isPunct("}")) {
                j = match[j];
                continue;
            }
            if (t.isPunct(";") || t.isPunct("{") || t.isPunct("}") || t.isPunct("(") || t.isPunct("[")
                    || t.isPunct(",")) {
                return startingItem(j + 1);
            }
        }
        return unsafeAt - 1 <= 200 ? startingItem(0) : Optional.empty();
    }

    private Optional<Integer> startingItem(int j) {
        int k = j;
        while (isPunct(k, "#") && isPunct(k + 1, "[") && match[k + 1] > k) {
            k = match[k + 1] + 1; // attributes on the statement belong to it
        }
        if (isKeyword(k, "pub") && isPunct(k + 1, "(") && match[k + 1] > k) {
            k = match[k + 1] + 1;
        } else if (isKeyword(k, "pub")) {
            k++;
        }
        if (isKeyword(k, "let") || isKeyword(k, "const") || isKeyword(k, "static")) {
            return Optional.of(code.get(j).line());
        }
        return Optional.empty();
    }

    /**
     * The declared name after {@code fn}: an identifier, a macro fragment {@code $name}, a quote! interpolation
     * {@code #name} (proc-macro templates) or a paste! {@code [<…>]}.
     */
    private Optional<String> fnName(int j) {
        TokenKind k = kind(j);
        if (k == TokenKind.IDENT || k == TokenKind.RAW_IDENT) {
            return Optional.of(identText(code.get(j)));
        }
        if ((isPunct(j, "$") || isPunct(j, "#")) && kind(j + 1) == TokenKind.IDENT) {
            return Optional.of(code.get(j).text() + code.get(j + 1).text());
        }
        if (isPunct(j, "[") && isPunct(j + 1, "<") && match[j] > j) {
            return Optional.of(ImplHeader.join(code.subList(j, match[j] + 1)));
        }
        return Optional.empty();
    }

    /** "Type::fn" for a method of an impl or trait, else the fn's own name. */
    private String fnEnclosing(String name) {
        for (Frame f : stack) {
            switch (f.kind) {
                case IMPL, TRAIT -> {
                    return f.owner + "::" + name;
                }
                case FN, MOD, MACRO_RULES -> {
                    return name;
                }
                default -> {
                }
            }
        }
        return name;
    }

    private String currentEnclosing() {
        return stack.isEmpty() ? "" : stack.peek().enclosing;
    }

    private boolean inMacroRules() {
        return !stack.isEmpty() && stack.peek().inMacroRules;
    }

    /** {@code impl} starts an item unless it sits in type position ({@code -> impl Trait}, {@code x: impl T}). */
    private boolean isItemImpl(int i) {
        if (i == 0) {
            return true;
        }
        Token prev = code.get(i - 1);
        if (prev.kind() == TokenKind.PUNCT) {
            return switch (prev.text()) {
                case "->", ":", "(", ",", "<", "&", "&&", "=", "+", "|", "[", "*" -> false;
                default -> true;
            };
        }
        if (prev.kind() == TokenKind.KEYWORD) {
            return switch (prev.text()) {
                case "mut", "as", "dyn", "const", "in", "impl" -> false;
                default -> true;
            };
        }
        return true;
    }

    // ---- mod declarations ----------------------------------------------------------------------------

    /** A {@code mod} inside more open delimiters than this is not recorded (kernel code nests about 10 deep). */
    private static final int MAX_MOD_NESTING = 256;

    private void modDecl(int i) {
        TokenKind nameKind = kind(i + 1);
        boolean editionKeyword = nameKind == TokenKind.KEYWORD && EDITION_KEYWORDS.contains(code.get(i + 1).text());
        if (nameKind != TokenKind.IDENT && nameKind != TokenKind.RAW_IDENT && !editionKeyword) {
            return;
        }
        boolean inline = isPunct(i + 2, "{");
        if (!inline && !isPunct(i + 2, ";")) {
            return;
        }
        String name = identText(code.get(i + 1));
        // The parents walk is as deep as the nesting: beyond real code's depth it would make hostile input quadratic.
        if (stack.size() <= MAX_MOD_NESTING) {
            List<String> parents = new ArrayList<>();
            for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
                Frame f = it.next();
                if (f.kind == FrameKind.MOD) {
                    parents.add(f.owner);
                }
            }
            ModAttributes attributes = ModAttributes.before(code, match, i);
            modDecls.add(new ModDecl(name, code.get(i).line(), parents, inline, attributes.path(),
                    attributes.test()));
        }
        if (inline) {
            pending = new Pending(FrameKind.MOD, "", name, stack.size());
        }
    }

    /** {@code #![crate_name = "x"]} at the top of the file: rustc names the crate x instead of the file's stem. */
    private void crateNameAttribute(int i) {
        if (stack.size() == 1 && isPunct(i - 1, "[") && isPunct(i - 2, "!") && isPunct(i - 3, "#")
                && isPunct(i + 1, "=") && kind(i + 2) == TokenKind.STRING && isPunct(i + 3, "]")) {
            crateName = Optional.of(Literals.stringValue(code.get(i + 2)));
        }
    }

    // ---- kernel paths ---------------------------------------------------------------------------------

    /** {@code kernel} begins a path unless it is a later segment ({@code foo::kernel}) or a field. */
    private boolean isPathRoot(int i) {
        if (isPunct(i - 1, ".")) {
            return false;
        }
        if (isPunct(i - 1, "::")) {
            TokenKind before = kind(i - 2);
            return !(before == TokenKind.IDENT || before == TokenKind.RAW_IDENT || before == TokenKind.KEYWORD
                    || isPunct(i - 2, ">"));
        }
        return true;
    }

    private void parsePath(int rootAt, String root) {
        pathScanEnd = new PathTree(code, match, root, kernelRefs).parse(rootAt + 2, List.of());
    }

    // ---- token helpers ------------------------------------------------------------------------------

    private TokenKind kind(int j) {
        return j >= 0 && j < code.size() ? code.get(j).kind() : null;
    }

    private boolean isPunct(int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isPunct(s);
    }

    private boolean isKeyword(int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isKeyword(s);
    }

    private boolean isIdentText(int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isIdent(s);
    }

    static String identText(Token t) {
        return t.kind() == TokenKind.RAW_IDENT ? t.text().substring(2) : t.text();
    }
}
