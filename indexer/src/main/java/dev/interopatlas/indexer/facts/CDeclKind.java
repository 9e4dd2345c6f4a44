package dev.interopatlas.indexer.facts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of C declaration, named as in the metrics JSON {@code kind} field. */
public enum CDeclKind {
    FUNCTION("function"),
    STRUCT("struct"),
    UNION("union"),
    ENUM("enum"),
    ENUM_CONSTANT("enum-constant"),
    TYPEDEF("typedef"),
    MACRO_CONSTANT("macro-constant"),
    MACRO_FUNCTION("macro-function"),
    VARIABLE("variable");

    private final String json;

    CDeclKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
