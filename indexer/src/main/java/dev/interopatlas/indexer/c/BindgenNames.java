package dev.interopatlas.indexer.c;

import java.util.Optional;

/**
 * How bindgen names C types that have no name of their own. An anonymous struct, union or enum inside a type named
 * {@code S} is {@code S__bindgen_ty_N}, N counting S's anonymous members from 1 in declaration order (one counter
 * per enclosing type, named nested types not counted); one nested in that is {@code S__bindgen_ty_1__bindgen_ty_1};
 * a named struct {@code T} nested in S is {@code S_T} (the kernel does not pass
 * {@code --disable-nested-struct-naming}). Anonymous types at file scope are numbered across the whole translation
 * unit ({@code _bindgen_ty_7}), which only running bindgen reproduces.
 */
final class BindgenNames {
    static final String ANONYMOUS = "__bindgen_ty_";
    static final String FILE_SCOPE_ANONYMOUS = "_bindgen_ty_";

    private BindgenNames() {
    }

    /** The name of the {@code ordinal}-th (from 1) anonymous member of the type bindgen names {@code enclosing}. */
    static String anonymousMember(String enclosing, int ordinal) {
        return enclosing + ANONYMOUS + ordinal;
    }

    /** The name of the named type {@code tag} defined inside the type bindgen names {@code enclosing}. */
    static String nested(String enclosing, String tag) {
        return enclosing + "_" + tag;
    }

    /** {@code drm_gpuva_op_map__bindgen_ty_2} → enclosing {@code drm_gpuva_op_map}, ordinal 2. */
    record AnonymousName(String enclosing, int ordinal) {
    }

    static Optional<AnonymousName> parseAnonymousMember(String name) {
        int at = name.lastIndexOf(ANONYMOUS);
        if (at <= 0) {
            return Optional.empty();
        }
        String digits = name.substring(at + ANONYMOUS.length());
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new AnonymousName(name.substring(0, at), Integer.parseInt(digits)));
    }

    /** {@code _bindgen_ty_3}, or a type nested in one: bindgen's names for anonymous types at file scope. */
    static boolean isFileScopeAnonymous(String name) {
        return name.startsWith(FILE_SCOPE_ANONYMOUS);
    }
}
