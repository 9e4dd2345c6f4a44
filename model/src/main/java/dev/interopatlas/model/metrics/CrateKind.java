package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a Rust crate of the tree is, decided from where its root lives and how it is built. */
public enum CrateKind {
    /** The {@code kernel} crate, {@code rust/kernel/lib.rs}: the safe abstractions. */
    KERNEL("kernel"),
    /** The kernel's other own crates under {@code rust/} (macros, bindings, ffi, pin-init…) and build tools. */
    SUPPORT("support"),
    /** Third-party code copied in, whose README names the upstream crate (syn, zerocopy…). */
    VENDORED("vendored"),
    /** A module or built-in object outside {@code rust/}, {@code samples/} and tests: drivers, fs, lib. */
    DRIVER("driver"),
    /** Under {@code samples/}. */
    SAMPLE("sample"),
    /** Built only to test or benchmark the kernel (a {@code tests}/{@code kunit} path or object name). */
    TEST("test");

    private final String json;

    CrateKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static CrateKind fromJson(String value) {
        return Arrays.stream(values()).filter(k -> k.json.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown crate kind: " + value));
    }
}
