package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a Rust file is for, decided by where it lives and what it uses. */
public enum FileRole {
    /** {@code rust/kernel/**}: the safe abstractions over C. */
    ABSTRACTION("abstraction"),
    /** {@code rust/macros/**}: the procedural macros crate. */
    MACROS("macros"),
    /** {@code rust/bindings/**}: the bindgen crate. */
    BINDINGS("bindings"),
    /** {@code rust/uapi/**}: the uapi bindgen crate. */
    UAPI("uapi"),
    /** Outside {@code rust/} and uses {@code kernel::}: drivers, samples, filesystems. */
    CONSUMER("consumer"),
    /** Anything else (build scripts, other rust/ crates, host tools). */
    OTHER("other");

    private final String json;

    FileRole(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static FileRole fromJson(String value) {
        return Arrays.stream(values()).filter(r -> r.json.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown file role: " + value));
    }
}
