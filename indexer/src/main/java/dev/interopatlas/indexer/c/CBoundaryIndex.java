package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.HelperWrapper;
import dev.interopatlas.indexer.facts.ScanMemo;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.UnresolvedInclude;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The C side of the Rust/C boundary of one tree: the bindgen include closure and the declarations in it, and how
 * each {@code bindings::NAME} maps to one of them, following bindgen's naming (enum constants as
 * {@code enumname_CONST}, anonymous members as {@code S__bindgen_ty_N}, opaque types for structs C only names),
 * the kernel's const helpers in bindings_helper.h, the rust_helper_ wrappers and what rust/bindings/lib.rs defines
 * itself. Thread-safe after {@link #build}.
 */
public final class CBoundaryIndex {
    private static final String VIA_DIRECT = "direct";
    private static final String VIA_ENUM = "enum-constant";
    private static final String VIA_HELPER = "helper";
    private static final String VIA_CONST_HELPER = "const-helper";
    private static final String VIA_ANONYMOUS = "bindgen-anonymous";

    private final SourceTree tree;
    private final String arch;
    private final FactsProvider provider;
    private final IncludeClosure closure;
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final SymbolTable inClosure = new SymbolTable();
    private final Map<String, List<CSymbol>> byFile = new HashMap<>();
    private final Map<String, HelperInfo> helpers = new LinkedHashMap<>();
    private final Map<String, ConstHelpers.ConstHelper> constHelpers;
    private final Map<String, RustBindingsCrate.Item> crateItems;
    private final java.util.Set<CSymbol> forwardDeclarations = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private OutsideDeclarations outside; // lazily: headers of include/ and arch/$ARCH/include outside the closure
    private ScanMemo outsideMemo = ScanMemo.NONE;

    /** Declarations by plain name and by bindgen enum-constant name. */
    private static final class SymbolTable {
        final Map<String, List<CSymbol>> byName = new HashMap<>();
        final Map<String, List<CSymbol>> byEnumName = new HashMap<>();

        void add(CSymbol symbol) {
            byName.computeIfAbsent(symbol.name(), k -> new ArrayList<>()).add(symbol);
            if (symbol.kind() == CDeclKind.ENUM_CONSTANT && symbol.parent().isPresent()) {
                byEnumName.computeIfAbsent(symbol.parent().get() + "_" + symbol.name(), k -> new ArrayList<>())
                        .add(symbol);
            }
        }
    }

    /** The reason is worked out only when asked: it may scan every header outside the closure. */
    private record Lookup(Optional<CSymbol> symbol, String via, java.util.function.Supplier<String> reason) {
        static Lookup found(CSymbol symbol, String via) {
            return new Lookup(Optional.of(symbol), symbol.kind() == CDeclKind.ANONYMOUS_MEMBER ? VIA_ANONYMOUS : via,
                    () -> null);
        }

        static Lookup missing(String reason) {
            return new Lookup(Optional.empty(), null, () -> reason);
        }

        static Lookup missing(java.util.function.Supplier<String> reason) {
            return new Lookup(Optional.empty(), null, reason);
        }
    }

    private CBoundaryIndex(SourceTree tree, String arch, FactsProvider provider, IncludeClosure closure,
                           Map<String, ConstHelpers.ConstHelper> constHelpers,
                           Map<String, RustBindingsCrate.Item> crateItems) {
        this.tree = tree;
        this.arch = arch;
        this.provider = provider;
        this.closure = closure;
        this.constHelpers = constHelpers;
        this.crateItems = crateItems;
        int order = 0;
        for (Map.Entry<String, CFileFacts> entry : closure.facts().entrySet()) {
            String path = entry.getKey();
            fileOrder.put(path, order++);
            List<CSymbol> symbols = new ArrayList<>();
            for (CDeclaration d : entry.getValue().declarations()) {
                CSymbol symbol = new CSymbol(d.name(), d.kind(), path, d.line(), d.parent());
                if (d.forward()) {
                    forwardDeclarations.add(symbol);
                }
                symbols.add(symbol);
                inClosure.add(symbol);
            }
            byFile.put(path, List.copyOf(symbols));
        }
        for (Map.Entry<String, CFileFacts> entry : closure.facts().entrySet()) {
            if (IncludeClosure.isHelperFile(entry.getKey())) {
                for (HelperWrapper helper : entry.getValue().helpers()) {
                    helpers.putIfAbsent(helper.name(), helperInfo(entry.getKey(), helper));
                }
            }
        }
    }

    /** Computes the include closure of the bindgen inputs for {@code arch} (default x86) and indexes it. */
    public static CBoundaryIndex build(SourceTree tree, String arch, FactsProvider facts, ProgressMonitor monitor)
            throws IOException {
        String effectiveArch = arch == null || arch.isBlank() ? "x86" : arch;
        if (!tree.isDirectory("arch/" + effectiveArch + "/include")) {
            throw new IOException(tree.displayName() + " has no arch/" + effectiveArch + "/include: unknown arch '"
                    + effectiveArch + "'");
        }
        IncludeClosure closure = IncludeClosure.compute(tree, effectiveArch, facts, monitor);
        Map<String, ConstHelpers.ConstHelper> constHelpers =
                ConstHelpers.parse(tree.read(tree.file(IncludeClosure.BINDINGS_HELPER).orElseThrow()));
        Optional<SourceFile> libRs = tree.file(RustBindingsCrate.LIB_RS);
        Map<String, RustBindingsCrate.Item> crateItems =
                libRs.isPresent() ? RustBindingsCrate.parse(tree.read(libRs.get())) : Map.of();
        return new CBoundaryIndex(tree, effectiveArch, facts, closure, constHelpers, crateItems);
    }

    /** Sorted paths of every file in the closure, roots included. */
    public List<String> closureHeaders() {
        return closure.facts().keySet().stream().sorted().toList();
    }

    public List<IncludeEdge> includeEdges() {
        return closure.edges();
    }

    public List<UnresolvedInclude> unresolvedIncludes() {
        return closure.unresolved();
    }

    /** Headers of the closure that could not be read. */
    public List<dev.interopatlas.model.metrics.IndexWarning> unreadableHeaders() {
        return closure.unreadable();
    }

    public List<HelperInfo> helpers() {
        return List.copyOf(helpers.values());
    }

    /** Where {@code bindings::NAME} is declared in C, or why it could not be found. */
    public SymbolResolution resolve(String bindingsName) {
        Lookup lookup = lookup(bindingsName, 0);
        if (lookup.symbol().isEmpty()) {
            return SymbolResolution.unresolved(bindingsName, lookup.reason().get());
        }
        CSymbol symbol = lookup.symbol().get();
        return SymbolResolution.resolved(bindingsName, symbol.kind().json(), symbol.file(), symbol.line(), lookup.via());
    }

    /** The declaration a bindings name resolves to, with the kind bindgen makes of it. */
    public Optional<CSymbol> symbol(String bindingsName) {
        return lookup(bindingsName, 0).symbol();
    }

    /** All declarations of one header of the closure, in line order; empty for a file outside it. */
    public List<CSymbol> declaredIn(String header) {
        return byFile.getOrDefault(header, List.of());
    }

    /** Types bindgen writes into its output itself, with what they stand for. */
    private static final Map<String, String> BINDGEN_OWN = Map.of(
            "__IncompleteArrayField", "C flexible array members",
            "__BindgenBitfieldUnit", "C bitfields",
            "__BindgenUnionField", "C unions",
            "__BindgenFloat16", "C _Float16",
            "__BindgenOpaqueArray", "opaque C types",
            "__BindgenComplex", "C _Complex numbers");

    private Lookup lookup(String name, int depth) {
        String bindgenOwn = BINDGEN_OWN.get(name);
        if (bindgenOwn != null) {
            return Lookup.missing("emitted by bindgen itself for " + bindgenOwn + "; no C header declares it");
        }
        RustBindingsCrate.Item item = crateItems.get(name);
        if (item != null) {
            if (item.alias() != null && !item.alias().equals(name) && depth < 3) {
                Lookup aliased = lookup(item.alias(), depth + 1);
                if (aliased.symbol().isPresent()) {
                    return aliased;
                }
            }
            String wraps = item.wraps() == null ? "" : best(inClosure.byName.get(item.wraps()))
                    .map(c -> " (it wraps " + item.wraps() + ", declared in C at " + c.file() + ":" + c.line() + ")")
                    .orElse(" (it wraps " + item.wraps() + ")");
            return Lookup.missing("defined on the Rust side in " + RustBindingsCrate.LIB_RS + ":" + item.line() + wraps
                    + ", not by a C declaration");
        }
        ConstHelpers.ConstHelper constHelper = constHelpers.get(name);
        if (constHelper != null) {
            Optional<CSymbol> target = best(inClosure.byName.get(constHelper.target()));
            if (target.isPresent()) {
                return Lookup.found(target.get(), VIA_CONST_HELPER);
            }
            return Lookup.missing(() -> "const helper " + constHelper.variable() + " (" + IncludeClosure.BINDINGS_HELPER
                    + ":" + constHelper.line() + ") stands for " + constHelper.target() + ", which is "
                    + whyMissing(constHelper.target()));
        }
        HelperInfo helper = helpers.get(name);
        if (helper != null) {
            Optional<CSymbol> wrapped = best(inClosure.byName.get(name));
            return Lookup.found(wrapped.orElse(new CSymbol("rust_helper_" + name, CDeclKind.FUNCTION, helper.file(),
                    helper.line(), Optional.empty())), VIA_HELPER);
        }
        Optional<CSymbol> direct = best(inClosure.byName.get(name));
        if (direct.isPresent()) {
            return Lookup.found(asBound(direct.get()), VIA_DIRECT);
        }
        Optional<CSymbol> enumConstant = best(inClosure.byEnumName.get(name));
        if (enumConstant.isPresent()) {
            return Lookup.found(enumConstant.get(), VIA_ENUM);
        }
        return Lookup.missing(() -> whyMissing(name));
    }

    /**
     * A struct or union with no definition in the closure, only forward declarations or mentions: bindgen emits an
     * opaque type for it.
     */
    private CSymbol asBound(CSymbol symbol) {
        if (!forwardDeclarations.contains(symbol)) {
            return symbol;
        }
        CDeclKind kind = switch (symbol.kind()) {
            case STRUCT -> CDeclKind.OPAQUE_STRUCT;
            case UNION -> CDeclKind.OPAQUE_UNION;
            default -> symbol.kind();
        };
        return new CSymbol(symbol.name(), kind, symbol.file(), symbol.line(), symbol.parent());
    }

    private String whyMissing(String name) {
        if (BindgenNames.isFileScopeAnonymous(name)) {
            return "bindgen's name for an anonymous type at file scope, numbered across the whole translation unit; "
                    + "only running bindgen reproduces that order";
        }
        Optional<BindgenNames.AnonymousName> anonymous = BindgenNames.parseAnonymousMember(name);
        if (anonymous.isPresent()) {
            return whyNoAnonymousMember(anonymous.get());
        }
        Optional<CSymbol> declared = declaredOutside(name);
        if (declared.isPresent()) {
            String how = declared.get().kind().isMention() ? "named without a definition in " : "declared in ";
            return how + declared.get().file() + ":" + declared.get().line() + ", outside the bindings include closure";
        }
        String where = "not declared in any C header of the tree (include/, arch/" + arch + "/include/)";
        boolean macroStyle = name.chars().noneMatch(Character::isLowerCase);
        if (!macroStyle) {
            return where;
        }
        // constants such as NR_PAGEFLAGS or __NR_read live in headers only a build writes
        Optional<UnresolvedInclude> generated = closure.unresolved().stream()
                .filter(u -> u.reason().startsWith("generated")).findFirst();
        return generated.map(u -> where + "; it may come from a header generated by the build (the closure includes "
                + closure.unresolved().stream().filter(x -> x.reason().startsWith("generated")).count()
                + " such, e.g. " + u.target() + ")").orElse(where);
    }

    private String whyNoAnonymousMember(BindgenNames.AnonymousName anonymous) {
        String enclosing = anonymous.enclosing();
        Optional<CSymbol> outer = best(inClosure.byName.get(enclosing));
        if (outer.isEmpty()) {
            return "bindgen's name for anonymous member " + anonymous.ordinal() + " of " + enclosing + ", which is "
                    + whyMissing(enclosing);
        }
        int members = 0;
        while (inClosure.byName.containsKey(BindgenNames.anonymousMember(enclosing, members + 1))) {
            members++;
        }
        return "bindgen's name for anonymous member " + anonymous.ordinal() + " of " + enclosing + " ("
                + outer.get().file() + ":" + outer.get().line() + "), which has " + members
                + " anonymous struct/union/enum members here";
    }

    /**
     * Prefers definitions over forward declarations over mentions, non-macro declarations (bindgen emits the C
     * entity) over macros, then files nearer the roots, then earlier lines.
     */
    private Optional<CSymbol> best(List<CSymbol> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0)); // most names: no comparator to build
        }
        return candidates.stream().min(Comparator
                .comparingInt(this::completeness)
                .thenComparingInt((CSymbol s) -> s.kind() == CDeclKind.MACRO_CONSTANT || s.kind() == CDeclKind.MACRO_FUNCTION ? 1 : 0)
                .thenComparingInt(s -> fileOrder.getOrDefault(s.file(), Integer.MAX_VALUE))
                .thenComparing(CSymbol::file)
                .thenComparingInt(CSymbol::line));
    }

    /** 0 for a definition, 1 for a forward declaration ({@code struct x;}), 2 for a mere mention. */
    private int completeness(CSymbol symbol) {
        if (symbol.kind().isMention()) {
            return 2;
        }
        return forwardDeclarations.contains(symbol) ? 1 : 0;
    }

    private HelperInfo helperInfo(String file, HelperWrapper helper) {
        List<String> wraps = new ArrayList<>();
        for (String call : helper.calls()) {
            if (inClosure.byName.containsKey(call)) {
                wraps.add(call);
            }
        }
        if (wraps.isEmpty() && inClosure.byName.containsKey(helper.name())) {
            wraps.add(helper.name());
        }
        return new HelperInfo(helper.name(), file, helper.line(), wraps);
    }

    /**
     * The best declaration of {@code name}, or of it as a bindgen enum-constant name, outside the closure (its
     * name, kind, file and line; no parent). Scanning those headers is the costliest step of a run, so answers
     * are remembered through the provider's {@link ScanMemo} for as long as the headers do not change.
     */
    private synchronized Optional<CSymbol> declaredOutside(String name) {
        try {
            if (outside == null) {
                String archInclude = "arch/" + arch + "/include/";
                List<SourceFile> headers = new ArrayList<>();
                for (SourceFile listed : tree.files()) {
                    String path = listed.path();
                    if (!path.endsWith(".h") || !(path.startsWith("include/") || path.startsWith(archInclude))
                            || closure.facts().containsKey(path)) {
                        continue;
                    }
                    tree.file(path).ifPresent(headers::add); // empty for a listed symlink
                }
                outsideMemo = provider.scanMemo(tree, headers);
                outside = OutsideDeclarations.lazy(tree, provider, headers, forwardDeclarations::add);
            }
            Optional<Optional<CSymbol>> remembered = outsideMemo.recall(name).flatMap(answer -> decode(name, answer));
            if (remembered.isPresent()) {
                return remembered.get();
            }
            Optional<CSymbol> declared = best(outside.named(name));
            if (declared.isEmpty()) {
                declared = best(outside.enumNamed(name));
            }
            outsideMemo.remember(name, declared.map(s -> s.kind().name() + " " + s.file() + ":" + s.line()));
            return declared.map(s -> new CSymbol(name, s.kind(), s.file(), s.line(), Optional.empty()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read headers of " + tree.displayName() + " to explain an "
                    + "unresolved name: " + e.getMessage(), e);
        }
    }

    /** A remembered {@code KIND file:line} (or none); empty when it does not read as one, so it is looked up. */
    private static Optional<Optional<CSymbol>> decode(String name, Optional<String> answer) {
        if (answer.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        String text = answer.get();
        int space = text.indexOf(' ');
        int colon = text.lastIndexOf(':');
        if (space < 0 || colon < space) {
            return Optional.empty();
        }
        try {
            return Optional.of(Optional.of(new CSymbol(name, CDeclKind.valueOf(text.substring(0, space)),
                    text.substring(space + 1, colon), Integer.parseInt(text.substring(colon + 1)), Optional.empty())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
