package dev.interopatlas.app.core.export;

import java.util.Locale;

/** Sizes for exported diagrams: slide formats, or the content's own extent. */
public enum PageSize {
    /** 1920×1080, a 16:9 slide. */
    WIDE(1920, 1080),
    /** 1600×1200, a 4:3 slide. */
    STANDARD(1600, 1200),
    /** As large as the content (plus margins). */
    FIT_CONTENT(0, 0);

    private final int width;
    private final int height;

    PageSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean fitsContent() {
        return this == FIT_CONTENT;
    }

    /** Parses "16:9", "4:3" or "fit". */
    public static PageSize parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "16:9", "wide" -> WIDE;
            case "4:3", "standard" -> STANDARD;
            case "fit", "fit-content" -> FIT_CONTENT;
            default -> throw new IllegalArgumentException("page size must be 16:9, 4:3 or fit, not '" + text + "'");
        };
    }
}
