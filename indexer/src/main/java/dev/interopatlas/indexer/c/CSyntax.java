package dev.interopatlas.indexer.c;

import java.util.Set;

/** Word lists the declaration parser needs: C keywords and the kernel's attribute macros. */
final class CSyntax {
    private CSyntax() {
    }

    /** Reserved words (and compiler spellings of them) that can never name a declaration. */
    static final Set<String> KEYWORDS = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "_Bool", "_Complex", "_Imaginary", "_Atomic", "_Alignas", "_Alignof", "_Noreturn",
            "_Static_assert", "_Thread_local", "__inline", "__inline__", "__restrict", "__restrict__",
            "__volatile__", "__const", "__const__", "__signed", "__signed__", "typeof", "__typeof__", "__typeof",
            "__extension__", "__builtin_va_list", "__int128", "__auto_type", "asm", "__asm__", "__asm",
            "__attribute__", "__attribute", "_Generic", "__label__", "static_assert");

    /** Words that may precede a declarator without being its type, so {@code extern FOO(x);} is no function. */
    static final Set<String> NON_TYPE_SPECIFIERS = Set.of(
            "extern", "static", "inline", "__inline", "__inline__", "register", "const", "volatile", "typedef",
            "_Thread_local", "__thread", "auto", "__extension__", "__always_inline", "noinline", "notrace",
            "asmlinkage", "__visible", "__weak", "__init", "__exit", "__cold", "__must_check", "__maybe_unused",
            "__always_unused", "__noreturn", "__pure", "__malloc", "__attribute_const__");

    /** Attribute macros taking arguments; they and their argument list are dropped before parsing. */
    static final Set<String> ATTRIBUTE_CALLS = Set.of(
            "__attribute__", "__attribute", "__declspec", "asm", "__asm__", "__asm", "_Alignas", "alignas",
            "__aligned", "__section", "__alloc_size", "__realloc_size", "__printf", "__scanf", "__acquires",
            "__releases", "__must_hold", "__cond_acquires", "__cond_releases", "__diagnose_as", "__nonnull",
            "__counted_by", "__assume_aligned", "__alias", "__designated_init", "__no_sanitize_or_inline",
            "__acquire_ret", "__guarded_by", "__pt_guarded_by", "__malloc_like");

    /** Bare attribute macros that may follow a variable or typedef name. */
    static final Set<String> TRAILING_ATTRIBUTES = Set.of(
            "__read_mostly", "__ro_after_init", "__packed", "__initdata", "__initconst", "__weak", "__maybe_unused",
            "__latent_entropy", "__randomize_layout", "__no_randomize_layout", "__used", "__visible",
            "__always_unused", "__nonstring", "__ksym", "__percpu", "__rcu", "__designated_init", "__init",
            "__refdata", "__initdata_or_module", "__page_aligned_data", "__page_aligned_bss", "__cold",
            "__deprecated", "__must_check");

    /** Words that look like calls but are not: keywords that take parentheses and compiler builtins. */
    static final Set<String> NOT_CALLS = Set.of("if", "while", "for", "switch", "return", "sizeof", "typeof",
            "__typeof__", "__typeof", "_Generic", "_Alignof", "__alignof__", "alignof", "asm", "__asm__",
            "__builtin_expect", "__attribute__", "_Static_assert", "static_assert", "do", "case");

    /**
     * Kernel macros that declare one variable, with the position of its name among their arguments:
     * {@code extern DECLARE_BITMAP(name, bits);}, {@code DECLARE_PER_CPU(type, name);}.
     */
    static final java.util.Map<String, Integer> DECLARING_MACROS = java.util.Map.ofEntries(
            java.util.Map.entry("DECLARE_BITMAP", 0),
            java.util.Map.entry("__ETHTOOL_DECLARE_LINK_MODE_MASK", 0),
            java.util.Map.entry("DECLARE_STATIC_KEY_FALSE", 0),
            java.util.Map.entry("DECLARE_STATIC_KEY_TRUE", 0),
            java.util.Map.entry("DECLARE_PER_CPU", 1),
            java.util.Map.entry("DECLARE_PER_CPU_ALIGNED", 1),
            java.util.Map.entry("DECLARE_PER_CPU_READ_MOSTLY", 1),
            java.util.Map.entry("DECLARE_PER_CPU_SHARED_ALIGNED", 1),
            java.util.Map.entry("DECLARE_PER_CPU_PAGE_ALIGNED", 1),
            java.util.Map.entry("DECLARE_PER_CPU_CACHE_HOT", 1),
            java.util.Map.entry("DECLARE_PER_CPU_DECRYPTED", 1),
            java.util.Map.entry("DECLARE_PER_CPU_FIRST", 1));

    /**
     * Kernel macros that stand for {@code struct NAME}, NAME their first argument: 7.x defines its lock types as
     * {@code context_lock_struct(mutex) { … };} (include/linux/compiler-context-analysis.h).
     */
    static final Set<String> STRUCT_MACROS = Set.of("context_lock_struct");

    /** What a member macro expands to (include/uapi/linux/stddef.h, include/linux/stddef.h). */
    enum AnonymousShape {
        /** {@code union { struct { MEMBERS }; struct TAG { MEMBERS } NAME; }}; without TAG both are anonymous. */
        STRUCT_GROUP,
        /** {@code struct { struct { } __empty_NAME; TYPE NAME[]; }}. */
        FLEX_ARRAY,
        /** {@code union { TYPE NAME; struct { unsigned char __offset_to_FAM[…]; MEMBERS }; }}. */
        TRAILING_OVERLAP
    }

    /**
     * A kernel macro that declares an anonymous struct or union member, which bindgen numbers like a written one.
     *
     * @param tagArgument  the argument holding the tag of the group's named copy, or -1
     * @param membersFrom  the first argument holding member declarations, or -1
     */
    record AnonymousMacro(AnonymousShape shape, int tagArgument, int membersFrom) {
    }

    static final java.util.Map<String, AnonymousMacro> ANONYMOUS_MACROS = java.util.Map.of(
            "__struct_group", new AnonymousMacro(AnonymousShape.STRUCT_GROUP, 0, 3),
            "struct_group", new AnonymousMacro(AnonymousShape.STRUCT_GROUP, -1, 1),
            "struct_group_attr", new AnonymousMacro(AnonymousShape.STRUCT_GROUP, -1, 2),
            "struct_group_tagged", new AnonymousMacro(AnonymousShape.STRUCT_GROUP, 0, 2),
            "__DECLARE_FLEX_ARRAY", new AnonymousMacro(AnonymousShape.FLEX_ARRAY, -1, -1),
            "DECLARE_FLEX_ARRAY", new AnonymousMacro(AnonymousShape.FLEX_ARRAY, -1, -1),
            "__TRAILING_OVERLAP", new AnonymousMacro(AnonymousShape.TRAILING_OVERLAP, -1, 4),
            "TRAILING_OVERLAP", new AnonymousMacro(AnonymousShape.TRAILING_OVERLAP, -1, 3));

    static boolean isTrailingAttribute(String word) {
        return TRAILING_ATTRIBUTES.contains(word) || (word.startsWith("__") && word.endsWith("aligned"))
                || (word.startsWith("__") && word.endsWith("aligned_in_smp"));
    }

    static boolean isAggregateKeyword(String word) {
        return word.equals("struct") || word.equals("union") || word.equals("enum");
    }
}
