package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.BindingsAlias;
import dev.interopatlas.indexer.facts.ScopedBindings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds which {@code bindings} each {@code bindings::NAME} of one file means. A bare {@code bindings} is the one
 * that the innermost enclosing scope (block, inline module or the file) brings in with {@code use …bindings},
 * {@code use X as bindings} or {@code mod bindings}, and the kernel's bindings crate when none does (as before).
 * {@code kernel::bindings}, {@code ::kernel::bindings}, {@code ::bindings} and {@code use bindings;} are the
 * kernel's; any other module path ({@code crate::bindings}, {@code super::bindings}, an alias) is recorded as
 * written, for the tree to resolve. Declarations count wherever they stand in their scope, as Rust items do.
 */
final class BindingsScan {
    static final String BINDINGS = "bindings";
    /** Deeper module nests and longer paths are not real code; the cuts keep hostile input linear. */
    private static final int MAX_MODULE_DEPTH = 64;
    private static final int MAX_PATH_SEGMENTS = 64;

    /** What one file says about its {@code bindings} paths. */
    record Result(SortedMap<String, Integer> kernel, List<ScopedBindings> scoped, List<BindingsAlias> aliases) {
        static final Result NONE = new Result(new TreeMap<>(), List.of(), List.of());
    }

    /** A {@code { … }} region, or the file (index 0); {@code modules} are its inline module path. */
    private record Scope(int parent, int end, List<String> modules, boolean module) {
    }

    private record Declaration(List<String> target, int line) {
    }

    private record BareRef(int scope, String name, int line) {
    }

    private record GroupKey(List<String> target, List<String> scope) {
    }

    private static final class Group {
        final int line;
        final TreeMap<String, Integer> names = new TreeMap<>();

        Group(int line) {
            this.line = line;
        }
    }

    private final List<Token> code;
    private final int[] match;
    private final List<Scope> scopes = new ArrayList<>();
    private final Map<Integer, Declaration> declarations = new HashMap<>();
    private final List<BareRef> bareRefs = new ArrayList<>();
    private final TreeMap<String, Integer> kernel = new TreeMap<>();
    private final Map<GroupKey, Group> groups = new LinkedHashMap<>();
    private final List<BindingsAlias> aliases = new ArrayList<>();

    private BindingsScan(List<Token> code, int[] match) {
        this.code = code;
        this.match = match;
    }

    /** @param code the code tokens (no trivia) and {@code match} their delimiter pairs */
    static Result scan(List<Token> code, int[] match) {
        BindingsScan scan = new BindingsScan(code, match);
        scan.run();
        return new Result(scan.kernel, scan.groups.entrySet().stream()
                .map(e -> new ScopedBindings(e.getKey().target(), e.getKey().scope(), e.getValue().line,
                        e.getValue().names))
                .toList(), scan.aliases);
    }

    private void run() {
        scopes.add(new Scope(-1, Integer.MAX_VALUE, List.of(), true));
        int current = 0;
        for (int j = 0; j < code.size(); j++) {
            while (j > scopes.get(current).end) {
                current = scopes.get(current).parent;
            }
            Token t = code.get(j);
            if (t.isPunct("{") && match[j] > j) {
                Optional<String> module = moduleNamed(j);
                Scope outer = scopes.get(current);
                List<String> modules = module.filter(name -> outer.modules.size() < MAX_MODULE_DEPTH)
                        .map(name -> append(outer.modules, name)).orElse(outer.modules);
                scopes.add(new Scope(current, match[j], modules, module.isPresent()));
                current = scopes.size() - 1;
            } else if (t.isKeyword("use")) {
                int end = UseTree.end(code, match, j);
                for (UseTree.Leaf leaf : UseTree.parse(code, match, j + 1, end)) {
                    useLeaf(current, leaf);
                }
                j = end - 1; // the group braces of a use tree are no scopes
            } else if (t.isKeyword("mod") && isIdent(j + 1, BINDINGS) && (isPunct(j + 2, ";") || isPunct(j + 2, "{"))) {
                declare(current, List.of("self", BINDINGS), t.line(), false);
            } else if (t.isIdent(BINDINGS) && isPunct(j + 1, "::") && !isPunct(j - 1, ".") && isName(j + 2)) {
                pathRef(current, j);
            }
        }
        for (BareRef ref : bareRefs) {
            resolveBare(ref);
        }
    }

    /** {@code mod NAME {}: the brace at {@code open} is an inline module's body. */
    private Optional<String> moduleNamed(int open) {
        if (open >= 2 && isName(open - 1) && code.get(open - 2).isKeyword("mod")) {
            return Optional.of(RustFileAnalyzer.identText(code.get(open - 1)));
        }
        return Optional.empty();
    }

    /** A {@code use} leaf either names {@code bindings} itself or imports names out of a {@code bindings}. */
    private void useLeaf(int scope, UseTree.Leaf leaf) {
        List<String> path = leaf.path();
        if (leaf.boundName().filter(BINDINGS::equals).isPresent()) {
            declare(scope, path, leaf.line(), true);
            return;
        }
        int at = path.indexOf(BINDINGS);
        if (at < 0 || at == path.size() - 1) {
            return; // no bindings segment, or a glob of it: no names
        }
        reference(scope, path.subList(0, at), path.get(at + 1), leaf.line());
    }

    /** {@code PREFIX::bindings::NAME} in code, with the bindings token at {@code at}. */
    private void pathRef(int scope, int at) {
        List<String> prefix = new ArrayList<>();
        int k = at;
        while (isPunct(k - 1, "::") && prefix.size() < MAX_PATH_SEGMENTS) {
            int segment = k - 2;
            if (segment >= 0 && code.get(segment).isPunct(">")) {
                return; // <T as Trait>::bindings: an associated item, not a module path
            }
            if (!isPathSegment(segment)) {
                prefix.add(0, "::");
                break;
            }
            prefix.add(0, RustFileAnalyzer.identText(code.get(segment)));
            k = segment;
            if (code.get(k).isKeyword("crate") && isPunct(k - 1, "$")) {
                k--; // $crate of a macro body: the macro's crate
            }
        }
        reference(scope, prefix, RustFileAnalyzer.identText(code.get(at + 2)), code.get(at).line());
    }

    private void reference(int scope, List<String> prefix, String name, int line) {
        if (prefix.isEmpty()) {
            bareRefs.add(new BareRef(scope, name, line));
            return;
        }
        List<String> target = append(prefix, BINDINGS);
        if (isKernelBindings(target)) {
            kernel.merge(name, 1, Integer::sum);
        } else {
            group(target, scopes.get(scope).modules, line).names.merge(name, 1, Integer::sum);
        }
    }

    private void declare(int scope, List<String> target, int line, boolean byUse) {
        declarations.putIfAbsent(scope, new Declaration(target, line));
        if (byUse && scopes.get(scope).module) {
            aliases.add(new BindingsAlias(scopes.get(scope).modules, target, line));
        }
    }

    /** The innermost scope around the reference that declares {@code bindings} decides; none means the kernel's. */
    private void resolveBare(BareRef ref) {
        for (int s = ref.scope; s >= 0; s = scopes.get(s).parent) {
            Declaration declaration = declarations.get(s);
            if (declaration != null) {
                if (isKernelBindings(declaration.target)) {
                    kernel.merge(ref.name, 1, Integer::sum);
                } else {
                    group(declaration.target, scopes.get(s).modules, declaration.line).names
                            .merge(ref.name, 1, Integer::sum);
                }
                return;
            }
        }
        kernel.merge(ref.name, 1, Integer::sum);
    }

    private Group group(List<String> target, List<String> scope, int line) {
        Group group = groups.computeIfAbsent(new GroupKey(target, scope), key -> new Group(line));
        return group;
    }

    /**
     * {@code kernel::bindings}, {@code ::kernel::bindings}, and the extern crate itself: {@code use bindings;}
     * cannot name a local module (that would clash with the module's own name) and {@code ::bindings} is a crate.
     */
    static boolean isKernelBindings(List<String> target) {
        return target.equals(List.of("kernel", BINDINGS)) || target.equals(List.of("::", "kernel", BINDINGS))
                || target.equals(List.of(BINDINGS)) || target.equals(List.of("::", BINDINGS));
    }

    private boolean isPathSegment(int j) {
        if (j < 0) {
            return false;
        }
        Token t = code.get(j);
        return t.kind() == TokenKind.IDENT || t.kind() == TokenKind.RAW_IDENT || t.isKeyword("crate")
                || t.isKeyword("super") || t.isKeyword("self");
    }

    private static List<String> append(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return List.copyOf(out);
    }

    private boolean isName(int j) {
        return j >= 0 && j < code.size()
                && (code.get(j).kind() == TokenKind.IDENT || code.get(j).kind() == TokenKind.RAW_IDENT);
    }

    private boolean isIdent(int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isIdent(s);
    }

    private boolean isPunct(int j, String s) {
        return j >= 0 && j < code.size() && code.get(j).isPunct(s);
    }
}
