package dev.interopatlas.indexer.facts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Kinds of C declaration, named as in the metrics JSON {@code kind} field. The last three are what bindgen makes of
 * C that declares no name of its own: an anonymous struct, union or enum inside a named one, and a struct or union
 * that is named without being defined.
 */
public enum CDeclKind {
    FUNCTION("function"),
    STRUCT("struct"),
    UNION("union"),
    ENUM("enum"),
    ENUM_CONSTANT("enum-constant"),
    TYPEDEF("typedef"),
    MACRO_CONSTANT("macro-constant"),
    MACRO_FUNCTION("macro-function"),
    VARIABLE("variable"),
    /**
     * An anonymous struct, union or enum inside a named struct or union, recorded under the name bindgen gives it
     * ({@code kernel_param__bindgen_ty_1}); its parent is the name of the enclosing type.
     */
    ANONYMOUS_MEMBER("anonymous-member"),
    /**
     * A struct tag a file names at file scope ({@code struct soc_device *soc_device_register(…)}) without defining or
     * forward-declaring it there; where no definition exists, bindgen emits an opaque type for it.
     */
    OPAQUE_STRUCT("opaque-struct"),
    /** As {@link #OPAQUE_STRUCT}, for a union tag. */
    OPAQUE_UNION("opaque-union");

    private final String json;

    CDeclKind(String json) {
        this.json = json;
    }

    /** Whether this declares a name C code can use, rather than a mention or a bindgen-made name. */
    public boolean declaresCName() {
        return this != ANONYMOUS_MEMBER && !isMention();
    }

    /** A tag named without a definition or declaration: {@link #OPAQUE_STRUCT}, {@link #OPAQUE_UNION}. */
    public boolean isMention() {
        return this == OPAQUE_STRUCT || this == OPAQUE_UNION;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
