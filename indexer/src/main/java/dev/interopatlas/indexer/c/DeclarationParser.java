package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.HelperWrapper;
import dev.interopatlas.indexer.facts.LineWarning;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds file-scope declarations in a token stream without preprocessing: every {@code #if} branch counts.
 * Statements are cut at {@code ;} or at a function body; brackets are matched once up front, and a {@code }}
 * in column 0 closes any open top-level brace (kernel style), so an unbalanced {@code #if} branch cannot swallow
 * the rest of the file.
 */
final class DeclarationParser {
    private static final String HELPER_PREFIX = "rust_helper_";
    private static final int TYPE_PLACEHOLDER = -1;
    /** Stands for the bindgen name of an anonymous type at file scope until its typedef (if any) names it. */
    private static final String UNNAMED = "\u0000";

    private final List<CToken> t;
    private final int n;
    private final int[] match;
    private final List<CDeclaration> declarations = new ArrayList<>();
    private final List<HelperWrapper> helpers = new ArrayList<>();
    private final List<LineWarning> warnings;
    private final TagMentions mentions;
    /** Above 0 while the second copy of a struct_group's members is read: their tags are recorded once. */
    private int copyDepth;
    /** Every file-scope statement analyzed, in order (impact compares declarations by their statement's text). */
    private final List<Statement> statements = new ArrayList<>();

    /** Tokens {@code [start, end)} of one file-scope statement; {@code body} is its function body's brace or -1. */
    record Statement(int start, int end, int body) {
    }

    private DeclarationParser(List<CToken> tokens, List<LineWarning> warnings) {
        this.t = tokens;
        this.n = tokens.size();
        this.match = new int[n];
        this.warnings = warnings;
        this.mentions = new TagMentions(tokens);
    }

    /** Parses the tokens; warnings about unbalanced brackets are appended to {@code warnings}. */
    static DeclarationParser parse(List<CToken> tokens, List<LineWarning> warnings) {
        DeclarationParser parser = new DeclarationParser(tokens, warnings);
        parser.matchBrackets();
        parser.statements();
        parser.declarations.addAll(parser.mentions.undeclared(parser.declarations));
        return parser;
    }

    List<CDeclaration> declarations() {
        return declarations;
    }

    List<HelperWrapper> helpers() {
        return helpers;
    }

    List<Statement> statementSpans() {
        return statements;
    }

    // ---- bracket matching ----

    private static boolean isOpener(CToken tok) {
        return tok.kind() == CToken.Kind.PUNCT && (tok.is("(") || tok.is("[") || tok.is("{"));
    }

    private static String closerOf(String opener) {
        return opener.equals("(") ? ")" : opener.equals("[") ? "]" : "}";
    }

    private void matchBrackets() {
        Arrays.fill(match, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            CToken tok = t.get(i);
            if (tok.kind() != CToken.Kind.PUNCT) {
                continue;
            }
            if (isOpener(tok)) {
                stack.push(i);
            } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
                if (tok.is("}") && tok.column() == 0 && closeTopLevelBrace(stack, i)) {
                    continue;
                }
                closeNearest(stack, i, tok.text());
            }
        }
        while (!stack.isEmpty()) {
            int open = stack.pop();
            match[open] = n;
            warnings.add(new LineWarning(t.get(open).line(), "unbalanced '" + t.get(open).text() + "'"));
        }
    }

    /** A column-0 brace closes the outermost open brace and everything opened inside it. */
    private boolean closeTopLevelBrace(Deque<Integer> stack, int close) {
        int outermost = -1;
        for (Iterator<Integer> it = stack.descendingIterator(); it.hasNext(); ) {
            int open = it.next();
            if (t.get(open).is("{")) {
                outermost = open;
                break;
            }
        }
        if (outermost < 0) {
            return false;
        }
        while (!stack.isEmpty()) {
            int open = stack.pop();
            match[open] = close;
            if (open == outermost) {
                break;
            }
        }
        match[close] = outermost;
        return true;
    }

    private void closeNearest(Deque<Integer> stack, int close, String closer) {
        int depth = 0;
        for (int open : stack) {
            if (closerOf(t.get(open).text()).equals(closer)) {
                for (int k = 0; k <= depth; k++) {
                    match[stack.pop()] = close;
                }
                match[close] = open;
                return;
            }
            if (++depth > 2) {
                break;
            }
        }
        // a stray closer stays unmatched (match -1)
    }

    private int after(int open) {
        int close = match[open];
        return close < 0 || close >= n ? n : close + 1;
    }

    // ---- statements at file scope ----

    private void statements() {
        int i = 0;
        while (i < n) {
            CToken tok = t.get(i);
            if (tok.is(".") && i + 1 < n && t.get(i + 1).isIdent() && t.get(i + 1).line() == tok.line()) {
                i = skipAssemblerDirective(i);
                continue;
            }
            if (tok.kind() == CToken.Kind.PUNCT && !isOpener(tok)) {
                i++; // stray ';' or closer
                continue;
            }
            if (tok.is("extern") && i + 2 < n && t.get(i + 1).kind() == CToken.Kind.STRING && t.get(i + 2).is("{")) {
                i += 3; // extern "C" { is transparent; its '}' is skipped as a stray closer
                continue;
            }
            i = statement(i);
        }
    }

    /**
     * Headers carry assembler under {@code #ifdef __ASSEMBLY__}: a {@code .macro} block is skipped up to its
     * {@code .endm}, any other {@code .directive} up to the end of its line.
     */
    private int skipAssemblerDirective(int dot) {
        if (t.get(dot + 1).is("macro")) {
            for (int j = dot + 2; j + 1 < n; j++) {
                if (t.get(j).is(".") && t.get(j + 1).is("endm")) {
                    return j + 2;
                }
            }
            return n;
        }
        int line = t.get(dot).line();
        int j = dot;
        while (j < n && t.get(j).line() == line) {
            j++;
        }
        return j;
    }

    /** Collects one statement from {@code start}, analyzes it, returns where the next one begins. */
    private int statement(int start) {
        List<Integer> items = new ArrayList<>();
        boolean hasEquals = false;
        int body = -1;
        int j = start;
        int end = n;
        while (j < n) {
            CToken x = t.get(j);
            if (x.is(";") && x.kind() == CToken.Kind.PUNCT) {
                end = j + 1;
                break;
            }
            if (x.is("{") && x.kind() == CToken.Kind.PUNCT) {
                if (hasEquals || endsWithAggregateHead(items)) {
                    items.add(j);
                    j = after(j);
                    continue;
                }
                body = j;
                end = after(j);
                break;
            }
            if (isOpener(x)) {
                items.add(j);
                int close = match[j];
                j = after(j);
                if (isMacroInvocationLine(items, close, j)) {
                    return j; // macro invocations declare nothing we can see without expanding them
                }
                continue;
            }
            if (x.kind() == CToken.Kind.PUNCT && (x.is(")") || x.is("]") || x.is("}"))) {
                end = j + 1;
                break;
            }
            if (x.is("=") && x.kind() == CToken.Kind.PUNCT) {
                hasEquals = true;
            }
            items.add(j);
            j++;
        }
        int firstNew = declarations.size();
        Analyzed analyzed = Analyzed.NOTHING;
        try {
            analyzed = analyze(items, body);
        } catch (RuntimeException e) {
            // one odd statement must not cost the file its other declarations
            warnings.add(new LineWarning(t.get(start).line(), "statement not understood: " + e));
        }
        settleUnnamed(firstNew, analyzed.typedefName());
        mentions.collect(match, start, Math.min(body >= 0 ? body : end, n), analyzed.parameterLists());
        statements.add(new Statement(start, Math.min(Math.max(end, start + 1), n), body));
        return Math.max(end, start + 1);
    }

    /**
     * Macro invocations alone on their line with no ';' ({@code PAGEFLAG(Dirty, dirty, PF_HEAD) TESTSCFLAG(…)})
     * end a statement, so they do not glue onto the next declaration.
     */
    private boolean isMacroInvocationLine(List<Integer> items, int close, int next) {
        if (items.size() % 2 != 0) {
            return false;
        }
        for (int k = 0; k < items.size(); k += 2) {
            if (!isPlainIdent(items.get(k)) || !t.get(items.get(k + 1)).is("(")) {
                return false;
            }
        }
        if (next >= n || close < 0 || close >= n) {
            return false;
        }
        CToken following = t.get(next);
        if (following.line() <= t.get(close).line()) {
            return false;
        }
        return !(following.kind() == CToken.Kind.PUNCT
                && (following.is(";") || following.is("{") || following.is(",") || following.is("=")
                || following.is("(") || following.is("[")));
    }

    private boolean endsWithAggregateHead(List<Integer> items) {
        int last = items.size() - 1;
        if (last >= 1 && t.get(items.get(last)).is("(") && isStructMacro(items.get(last - 1))) {
            return true;
        }
        int k = skipAttributesBackwards(items, last);
        if (k >= 0 && isPlainIdent(items.get(k))) {
            k = skipAttributesBackwards(items, k - 1);
        }
        return k >= 0 && CSyntax.isAggregateKeyword(t.get(items.get(k)).text());
    }

    private int skipAttributesBackwards(List<Integer> items, int k) {
        while (k >= 1 && t.get(items.get(k)).is("(") && CSyntax.ATTRIBUTE_CALLS.contains(t.get(items.get(k - 1)).text())) {
            k -= 2;
        }
        return k;
    }

    private boolean isPlainIdent(int tokenIndex) {
        if (tokenIndex < 0) {
            return false;
        }
        CToken tok = t.get(tokenIndex);
        return tok.isIdent() && !CSyntax.KEYWORDS.contains(tok.text());
    }

    // ---- one statement ----

    /** A pending enum whose constants get the typedef name as parent when the enum has no tag. */
    private record PendingEnum(List<Integer> constants) {
    }

    /**
     * What one statement tells beyond its declarations: the first typedef name, and the opening parentheses of its
     * function declarators' parameter lists (a struct first named there has prototype scope, and bindgen emits no
     * type for it).
     */
    private record Analyzed(Optional<String> typedefName, Set<Integer> parameterLists) {
        static final Analyzed NOTHING = new Analyzed(Optional.empty(), Set.of());
    }

    private Analyzed analyze(List<Integer> rawItems, int body) {
        List<Integer> items = dropAttributeCalls(rawItems);
        boolean typedef = items.stream().anyMatch(i -> t.get(i).is("typedef"));
        List<PendingEnum> anonymousEnums = new ArrayList<>();
        items = replaceAggregates(items, anonymousEnums);
        List<List<Integer>> segments = splitAtCommas(items, body >= 0);
        String firstName = null;
        Set<Integer> parameterLists = new java.util.HashSet<>();
        for (int s = 0; s < segments.size(); s++) {
            Optional<Declarator> declarator = declarator(segments.get(s), s == 0);
            if (declarator.isEmpty()) {
                continue;
            }
            Declarator d = declarator.get();
            CDeclKind kind = typedef ? CDeclKind.TYPEDEF : d.function() ? CDeclKind.FUNCTION : CDeclKind.VARIABLE;
            CToken name = t.get(d.nameToken());
            declarations.add(new CDeclaration(name.text(), kind, name.line(), Optional.empty()));
            if (kind == CDeclKind.FUNCTION && d.nameToken() + 1 < n && t.get(d.nameToken() + 1).is("(")) {
                parameterLists.add(d.nameToken() + 1);
            }
            if (firstName == null) {
                firstName = name.text();
            }
            if (body >= 0 && kind == CDeclKind.FUNCTION && name.text().startsWith(HELPER_PREFIX)
                    && name.text().length() > HELPER_PREFIX.length()) {
                helpers.add(new HelperWrapper(name.text().substring(HELPER_PREFIX.length()), name.line(),
                        callsIn(body + 1, Math.min(match[body] < 0 ? n : match[body], n))));
            }
        }
        Optional<String> parent = typedef && firstName != null ? Optional.of(firstName) : Optional.empty();
        for (PendingEnum pending : anonymousEnums) {
            for (int c : pending.constants()) {
                declarations.add(new CDeclaration(t.get(c).text(), CDeclKind.ENUM_CONSTANT, t.get(c).line(), parent));
            }
        }
        return new Analyzed(parent, parameterLists);
    }

    /**
     * Gives the anonymous members of a file-scope anonymous struct the typedef name bindgen names it by
     * ({@code typedef struct { union {…}; } foo_t;} → {@code foo_t__bindgen_ty_1}). Without a typedef bindgen
     * numbers it across the whole translation unit: its members are dropped, its enum constants lose the parent.
     */
    private void settleUnnamed(int from, Optional<String> typedefName) {
        for (int k = declarations.size() - 1; k >= from; k--) {
            CDeclaration d = declarations.get(k);
            boolean unnamedParent = d.parent().filter(p -> p.startsWith(UNNAMED)).isPresent();
            if (!d.name().startsWith(UNNAMED) && !unnamedParent) {
                continue;
            }
            if (typedefName.isPresent()) {
                String name = typedefName.get();
                declarations.set(k, new CDeclaration(settled(d.name(), name), d.kind(), d.line(),
                        d.parent().map(p -> settled(p, name)), d.forward()));
            } else if (d.kind() == CDeclKind.ANONYMOUS_MEMBER) {
                declarations.remove(k);
            } else {
                declarations.set(k, new CDeclaration(d.name(), d.kind(), d.line(), Optional.empty(), d.forward()));
            }
        }
    }

    private static String settled(String bindgenName, String typedefName) {
        return bindgenName.startsWith(UNNAMED) ? typedefName + bindgenName.substring(UNNAMED.length()) : bindgenName;
    }

    private List<Integer> dropAttributeCalls(List<Integer> items) {
        List<Integer> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            CToken tok = t.get(items.get(k));
            if (tok.isIdent() && CSyntax.ATTRIBUTE_CALLS.contains(tok.text()) && k + 1 < items.size()
                    && t.get(items.get(k + 1)).is("(")) {
                k++;
                continue;
            }
            out.add(items.get(k));
        }
        return out;
    }

    /** Records struct/union/enum definitions and replaces each specifier by one placeholder item. */
    private List<Integer> replaceAggregates(List<Integer> items, List<PendingEnum> anonymousEnums) {
        List<Integer> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            CToken tok = t.get(items.get(k));
            if (isStructMacro(items.get(k)) && k + 2 < items.size() && t.get(items.get(k + 1)).is("(")
                    && t.get(items.get(k + 2)).is("{")) {
                List<int[]> args = arguments(items.get(k + 1));
                Optional<Integer> tag = args.isEmpty() ? Optional.empty() : singleIdentifier(args.get(0));
                if (tag.isPresent()) {
                    aggregateDefinition("struct", tag.get(), items.get(k + 2), t.get(tag.get()).text());
                    out.add(TYPE_PLACEHOLDER);
                    k += 2;
                    continue;
                }
            }
            if (!tok.isIdent() || !CSyntax.isAggregateKeyword(tok.text())) {
                out.add(items.get(k));
                continue;
            }
            int tag = -1;
            int next = k + 1;
            while (next < items.size() && isBareAttribute(items.get(next))) {
                next++;
            }
            if (next < items.size() && isPlainIdent(items.get(next))) {
                tag = items.get(next);
                next++;
            }
            boolean defined = next < items.size() && t.get(items.get(next)).is("{");
            if (!defined && tag >= 0 && items.size() == next && k == 0) {
                // "struct device;" alone: a forward declaration
                CToken tagToken = t.get(tag);
                declarations.add(new CDeclaration(tagToken.text(), kindOf(tok.text()), tagToken.line(), Optional.empty(),
                        true));
            }
            if (defined) {
                int open = items.get(next);
                List<Integer> constants = aggregateDefinition(tok.text(), tag, open,
                        tag >= 0 ? t.get(tag).text() : UNNAMED);
                if (tag < 0 && tok.is("enum")) {
                    anonymousEnums.add(new PendingEnum(constants));
                }
                next++;
            }
            out.add(TYPE_PLACEHOLDER);
            k = next - 1;
        }
        return out;
    }

    private boolean isStructMacro(int item) {
        return item != TYPE_PLACEHOLDER && CSyntax.STRUCT_MACROS.contains(t.get(item).text());
    }

    private static CDeclKind kindOf(String keyword) {
        return keyword.equals("struct") ? CDeclKind.STRUCT : keyword.equals("union") ? CDeclKind.UNION : CDeclKind.ENUM;
    }

    private boolean isBareAttribute(int tokenIndex) {
        String word = t.get(tokenIndex).text();
        return word.startsWith("__") && CSyntax.isTrailingAttribute(word);
    }

    /**
     * Records a definition and what it nests; returns the constants of an anonymous enum (parent decided by the
     * caller), or an empty list.
     *
     * @param bindgenName what bindgen names this type, the prefix of its anonymous members' names
     */
    private List<Integer> aggregateDefinition(String keyword, int tag, int open, String bindgenName) {
        int close = Math.min(match[open] < 0 ? n : match[open], n);
        if (keyword.equals("enum")) {
            List<Integer> constants = enumConstants(open + 1, close);
            if (tag < 0) {
                return constants;
            }
            if (copyDepth == 0) {
                CToken tagToken = t.get(tag);
                declarations.add(new CDeclaration(tagToken.text(), CDeclKind.ENUM, tagToken.line(), Optional.empty()));
                for (int c : constants) {
                    declarations.add(new CDeclaration(t.get(c).text(), CDeclKind.ENUM_CONSTANT, t.get(c).line(),
                            Optional.of(tagToken.text())));
                }
            }
            return List.of();
        }
        if (tag >= 0 && copyDepth == 0) {
            CToken tagToken = t.get(tag);
            declarations.add(new CDeclaration(tagToken.text(), kindOf(keyword), tagToken.line(), Optional.empty()));
        }
        nestedAggregates(open + 1, close, bindgenName);
        return List.of();
    }

    /**
     * Struct, union and enum tags defined inside a body are file-scope names in C. Anonymous ones are members of
     * {@code enclosing} (a bindgen name), numbered from 1 in declaration order, those the kernel's member macros
     * write included ({@link CSyntax#ANONYMOUS_MACROS}); constants of an anonymous enum get {@code enclosing} as
     * parent, since bindgen prefixes them with it.
     */
    private void nestedAggregates(int from, int to, String enclosing) {
        int anonymous = 0;
        for (int j = from; j < to; j++) {
            CToken tok = t.get(j);
            if (!tok.isIdent()) {
                continue;
            }
            CSyntax.AnonymousMacro macro = CSyntax.ANONYMOUS_MACROS.get(tok.text());
            if (macro != null && j + 1 < to && t.get(j + 1).is("(")) {
                anonymousMacro(macro, j, BindgenNames.anonymousMember(enclosing, ++anonymous), enclosing);
                j = Math.min(after(j + 1), to) - 1;
                continue;
            }
            if (!CSyntax.isAggregateKeyword(tok.text())) {
                continue;
            }
            int next = j + 1;
            while (next < to && t.get(next).isIdent() && isBareAttribute(next)) {
                next++;
            }
            int tag = -1;
            if (next < to && isPlainIdent(next)) {
                tag = next;
                next++;
            }
            if (next < to && t.get(next).is("{")) {
                String inner;
                if (tag >= 0) {
                    inner = BindgenNames.nested(enclosing, t.get(tag).text());
                } else {
                    inner = BindgenNames.anonymousMember(enclosing, ++anonymous);
                    declarations.add(new CDeclaration(inner, CDeclKind.ANONYMOUS_MEMBER, tok.line(),
                            Optional.of(enclosing)));
                }
                List<Integer> constants = aggregateDefinition(tok.text(), tag, next, inner);
                for (int c : constants) {
                    declarations.add(new CDeclaration(t.get(c).text(), CDeclKind.ENUM_CONSTANT, t.get(c).line(),
                            Optional.of(enclosing)));
                }
                j = Math.min(after(next), to) - 1;
            }
        }
    }

    /**
     * The anonymous types a member macro writes, as bindgen sees them after expansion: one member of
     * {@code enclosing} named {@code name}, with its own anonymous members inside (verified against bindgen's
     * output for include/uapi/linux/stddef.h's definitions).
     */
    private void anonymousMacro(CSyntax.AnonymousMacro macro, int nameToken, String name, String enclosing) {
        int line = t.get(nameToken).line();
        declarations.add(new CDeclaration(name, CDeclKind.ANONYMOUS_MEMBER, line, Optional.of(enclosing)));
        List<int[]> args = arguments(nameToken + 1);
        int close = Math.min(match[nameToken + 1] < 0 ? n : match[nameToken + 1], n);
        int membersFrom = macro.membersFrom() >= 0 && macro.membersFrom() < args.size()
                ? args.get(macro.membersFrom())[0] : close;
        String first = BindgenNames.anonymousMember(name, 1);
        declarations.add(new CDeclaration(first, CDeclKind.ANONYMOUS_MEMBER, line, Optional.of(name)));
        nestedAggregates(membersFrom, close, first);
        if (macro.shape() != CSyntax.AnonymousShape.STRUCT_GROUP) {
            return;
        }
        Optional<Integer> tag = macro.tagArgument() >= 0 && macro.tagArgument() < args.size()
                ? singleIdentifier(args.get(macro.tagArgument())) : Optional.empty();
        String copy;
        if (tag.isEmpty()) {
            copy = BindgenNames.anonymousMember(name, 2);
            declarations.add(new CDeclaration(copy, CDeclKind.ANONYMOUS_MEMBER, line, Optional.of(name)));
        } else {
            CToken tagToken = t.get(tag.get());
            copy = BindgenNames.nested(name, tagToken.text());
            if (copyDepth == 0) {
                declarations.add(new CDeclaration(tagToken.text(), CDeclKind.STRUCT, tagToken.line(),
                        Optional.empty()));
            }
        }
        copyDepth++;
        try {
            nestedAggregates(membersFrom, close, copy);
        } finally {
            copyDepth--;
        }
    }

    /** The [start, end) token ranges of the arguments of the parenthesis at {@code open}. */
    private List<int[]> arguments(int open) {
        int close = Math.min(match[open] < 0 ? n : match[open], n);
        List<int[]> args = new ArrayList<>();
        int argumentStart = open + 1;
        for (int j = open + 1; j <= close; j++) {
            if (j == close || (t.get(j).is(",") && t.get(j).kind() == CToken.Kind.PUNCT)) {
                args.add(new int[] {argumentStart, j});
                argumentStart = j + 1;
            } else if (isOpener(t.get(j))) {
                j = Math.min(after(j), close) - 1;
            }
        }
        return args;
    }

    private Optional<Integer> singleIdentifier(int[] range) {
        return range[1] - range[0] == 1 && isPlainIdent(range[0]) ? Optional.of(range[0]) : Optional.empty();
    }

    private List<Integer> enumConstants(int from, int to) {
        List<Integer> constants = new ArrayList<>();
        boolean expectName = true;
        for (int j = from; j < to; j++) {
            CToken tok = t.get(j);
            if (expectName && isPlainIdent(j)) {
                constants.add(j);
                expectName = false;
            } else if (tok.is(",") && tok.kind() == CToken.Kind.PUNCT) {
                expectName = true;
            } else if (isOpener(tok)) {
                j = Math.min(after(j), to) - 1;
            }
        }
        return constants;
    }

    private List<List<Integer>> splitAtCommas(List<Integer> items, boolean functionDefinition) {
        List<List<Integer>> segments = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int item : items) {
            if (!functionDefinition && item != TYPE_PLACEHOLDER && t.get(item).is(",")) {
                segments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(item);
            }
        }
        segments.add(current);
        return segments;
    }

    // ---- declarators ----

    private record Declarator(int nameToken, boolean function) {
    }

    private boolean is(int item, String text) {
        return item != TYPE_PLACEHOLDER && t.get(item).is(text);
    }

    private Optional<Declarator> declarator(List<Integer> segment, boolean first) {
        int equals = -1;
        for (int k = 0; k < segment.size(); k++) {
            if (is(segment.get(k), "=")) {
                equals = k;
                break;
            }
        }
        List<Integer> items = equals < 0 ? segment : segment.subList(0, equals);
        for (int k = 0; k + 1 < items.size(); k++) {
            int item = items.get(k);
            if (item != TYPE_PLACEHOLDER && isPlainIdent(item) && is(items.get(k + 1), "(")
                    && (!first || hasTypeBefore(items, k)) && onlyAttributesFrom(items, k + 2)) {
                return Optional.of(new Declarator(item, true));
            }
        }
        for (int k = 0; k < items.size(); k++) {
            int item = items.get(k);
            if (is(item, "(") && (k == 0 || !isPlainIdent(items.get(k - 1)) || items.get(k - 1) == TYPE_PLACEHOLDER)
                    && item + 1 < n && (t.get(item + 1).is("*") || t.get(item + 1).is("^")
                    || (t.get(item + 1).isIdent() && k + 1 < items.size() && is(items.get(k + 1), "(")))
                    && (!first || hasTypeBefore(items, k))) {
                return pointerDeclarator(item);
            }
        }
        Optional<Declarator> declaredByMacro = macroDeclarator(items);
        return declaredByMacro.isPresent() ? declaredByMacro : plainDeclarator(items, first);
    }

    /** {@code extern DECLARE_BITMAP(cpu_bits, NR_CPUS);}: the variable a known declaring macro names. */
    private Optional<Declarator> macroDeclarator(List<Integer> items) {
        for (int k = 0; k + 1 < items.size(); k++) {
            int item = items.get(k);
            Integer position = item == TYPE_PLACEHOLDER ? null : CSyntax.DECLARING_MACROS.get(t.get(item).text());
            if (position == null || !is(items.get(k + 1), "(")) {
                continue;
            }
            List<int[]> args = arguments(items.get(k + 1));
            if (position < args.size()) {
                return singleIdentifier(args.get(position)).map(name -> new Declarator(name, false));
            }
        }
        return Optional.empty();
    }

    private boolean hasTypeBefore(List<Integer> items, int k) {
        for (int b = 0; b < k; b++) {
            int item = items.get(b);
            if (item == TYPE_PLACEHOLDER) {
                return true;
            }
            CToken tok = t.get(item);
            if (tok.isIdent() && !CSyntax.NON_TYPE_SPECIFIERS.contains(tok.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyAttributesFrom(List<Integer> items, int from) {
        for (int k = from; k < items.size(); k++) {
            int item = items.get(k);
            if (item == TYPE_PLACEHOLDER) {
                return false;
            }
            CToken tok = t.get(item);
            boolean attributeWord = tok.isIdent() && (tok.text().startsWith("__") || tok.is("asm"));
            boolean attributeArgs = tok.is("(") && k > from && t.get(items.get(k - 1)).isIdent();
            if (!attributeWord && !attributeArgs) {
                return false;
            }
        }
        return true;
    }

    /** {@code (*name)(…)}, {@code (* const name[4])}, {@code (*name(int))(void)}: the name inside the parens. */
    private Optional<Declarator> pointerDeclarator(int open) {
        int close = Math.min(match[open] < 0 ? n : match[open], n);
        int j = open + 1;
        while (j < close) {
            CToken tok = t.get(j);
            boolean qualifier = tok.is("*") || tok.is("^") || tok.is("const") || tok.is("volatile")
                    || tok.is("restrict") || tok.is("__restrict")
                    || (tok.isIdent() && tok.text().startsWith("__") && j + 1 < close
                    && (t.get(j + 1).isIdent() || t.get(j + 1).is("*") || t.get(j + 1).is("(")));
            if (!qualifier) {
                break;
            }
            j++;
        }
        if (j >= close) {
            return Optional.empty();
        }
        if (t.get(j).is("(")) {
            return pointerDeclarator(j);
        }
        if (!isPlainIdent(j)) {
            return Optional.empty();
        }
        boolean function = j + 1 < close && t.get(j + 1).is("(");
        return Optional.of(new Declarator(j, function));
    }

    private Optional<Declarator> plainDeclarator(List<Integer> segment, boolean first) {
        List<Integer> items = new ArrayList<>(segment);
        stripTrailingArrays(items);
        while (items.size() >= 2) {
            int last = items.get(items.size() - 1);
            int before = items.get(items.size() - 2);
            if (last != TYPE_PLACEHOLDER && CSyntax.isTrailingAttribute(t.get(last).text())
                    && (before == TYPE_PLACEHOLDER || isPlainIdent(before))) {
                items.remove(items.size() - 1);
                stripTrailingArrays(items);
            } else {
                break;
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int nameIndex = items.size() - 1;
        int name = items.get(nameIndex);
        if (name == TYPE_PLACEHOLDER || !isPlainIdent(name) || CSyntax.isTrailingAttribute(t.get(name).text())) {
            return Optional.empty();
        }
        if (first && !hasTypeBefore(items, nameIndex)) {
            return Optional.empty();
        }
        if (nameIndex > 0 && items.get(nameIndex - 1) == TYPE_PLACEHOLDER && isMacroStyle(t.get(name).text())) {
            return Optional.empty(); // "} __ARCH_COMPAT_FLOCK64_PACK;": an attribute macro after a struct body
        }
        return Optional.of(new Declarator(name, false));
    }

    private static boolean isMacroStyle(String word) {
        return word.chars().anyMatch(Character::isUpperCase) && word.chars().noneMatch(Character::isLowerCase);
    }

    private void stripTrailingArrays(List<Integer> items) {
        while (!items.isEmpty() && is(items.get(items.size() - 1), "[")) {
            items.remove(items.size() - 1);
        }
    }

    private List<String> callsIn(int from, int to) {
        Set<String> calls = new LinkedHashSet<>();
        for (int j = from; j + 1 < to; j++) {
            CToken tok = t.get(j);
            if (tok.isIdent() && t.get(j + 1).is("(") && !CSyntax.NOT_CALLS.contains(tok.text())) {
                calls.add(tok.text());
            }
        }
        return new ArrayList<>(calls);
    }
}
