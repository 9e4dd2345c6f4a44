package dev.interopatlas.model.impact;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How one C declaration differs between two sides, compared by normalised text. When several parts changed, the
 * first of signature, fields, value, body names the change.
 */
public enum ChangeKind {
    ADDED("added"),
    REMOVED("removed"),
    /** A prototype, variable type, typedef, macro parameter list, or the kind of declaration itself. */
    SIGNATURE_CHANGED("signature-changed"),
    /** Only the body of a static inline or rust_helper_ wrapper. */
    BODY_CHANGED("body-changed"),
    /** What is between the braces of a struct, union or enum. */
    FIELDS_CHANGED("fields-changed"),
    /** An enum constant's value or a macro's replacement text. */
    VALUE_CHANGED("value-changed");

    private final String json;

    ChangeKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
