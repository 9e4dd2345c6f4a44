package dev.interopatlas.styles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The semantic colour tokens of one theme, as {@code #rrggbb} hex. The JavaFX stylesheet of the theme declares
 * the same tokens as looked-up colours ({@code -ia-background} …); a test keeps the two in step.
 *
 * @param codeSafety      a justifying {@code SAFETY:} comment, and documented unsafe blocks
 * @param codePlaceholder a placeholder {@code SAFETY:} comment (TODO, FIXME, nothing said) and the blocks it
 *                        leaves undocumented: neither the safe green nor the unsafe red
 * @param diffAdded   what a release added (diff mode), nodes and edges
 * @param diffRemoved what a release removed: the outline of ghost nodes and their edges
 * @param layers the four layer colours in column order: C headers, bindings, Rust abstractions, consumers
 */
public record Palette(
        String background,
        String surface,
        String text,
        String textMuted,
        String accent,
        String border,
        String selection,
        String focus,
        String blast,
        String error,
        String codeBackground,
        String codeUnsafe,
        String codeSafety,
        String codePlaceholder,
        String edge,
        String faded,
        String heatCool,
        String heatHot,
        String diffAdded,
        String diffRemoved,
        List<String> layers) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    public Palette {
        layers = List.copyOf(layers);
        if (layers.size() != 4) {
            throw new IllegalArgumentException("a palette needs 4 layer colours, got " + layers.size());
        }
        tokens(background, surface, text, textMuted, accent, border, selection, focus, blast, error,
                codeBackground, codeUnsafe, codeSafety, codePlaceholder, edge, faded, heatCool, heatHot, diffAdded,
                diffRemoved);
        layers.forEach(Palette::tokens);
    }

    private static void tokens(String... hex) {
        for (String h : hex) {
            Objects.requireNonNull(h, "colour token");
            if (!HEX.matcher(h).matches()) {
                throw new IllegalArgumentException("colour token must be lower-case #rrggbb: " + h);
            }
        }
    }

    /** The colour of layer column {@code column} (0 = C headers … 3 = consumers). */
    public String layer(int column) {
        return layers.get(column);
    }

    /** Every token by its CSS looked-up colour name ({@code -ia-background}, {@code -ia-layer-0} …). */
    public Map<String, String> cssTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("-ia-background", background);
        tokens.put("-ia-surface", surface);
        tokens.put("-ia-text", text);
        tokens.put("-ia-text-muted", textMuted);
        tokens.put("-ia-accent", accent);
        tokens.put("-ia-border", border);
        tokens.put("-ia-selection", selection);
        tokens.put("-ia-focus", focus);
        tokens.put("-ia-blast", blast);
        tokens.put("-ia-error", error);
        tokens.put("-ia-code-background", codeBackground);
        tokens.put("-ia-code-unsafe", codeUnsafe);
        tokens.put("-ia-code-safety", codeSafety);
        tokens.put("-ia-code-placeholder", codePlaceholder);
        tokens.put("-ia-edge", edge);
        tokens.put("-ia-faded", faded);
        tokens.put("-ia-heat-cool", heatCool);
        tokens.put("-ia-heat-hot", heatHot);
        tokens.put("-ia-diff-added", diffAdded);
        tokens.put("-ia-diff-removed", diffRemoved);
        for (int i = 0; i < layers.size(); i++) {
            tokens.put("-ia-layer-" + i, layers.get(i));
        }
        return tokens;
    }
}
