package dev.interopatlas.model.impact;

/** A header or helper file that entered or left the bindings include closure. */
public record HeaderChange(String path, Change change) {
    public enum Change {
        ENTERED, LEFT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
