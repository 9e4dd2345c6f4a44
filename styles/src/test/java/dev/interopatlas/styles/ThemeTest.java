package dev.interopatlas.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTest {
    private static final Pattern DECLARATION = Pattern.compile("(-ia-[a-z0-9-]+):\\s*(#[0-9a-f]{6});");

    @ParameterizedTest
    @EnumSource(Theme.class)
    void cssDeclaresExactlyThePaletteTokens(Theme theme) throws IOException {
        String css = read(new URL(theme.stylesheets().get(0)));
        Map<String, String> declared = new java.util.LinkedHashMap<>();
        Matcher m = DECLARATION.matcher(css);
        while (m.find()) {
            declared.put(m.group(1), m.group(2));
        }
        assertEquals(theme.palette().cssTokens(), declared);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void baseStylesheetUsesOnlyTokensNoLiteralColours(Theme theme) throws IOException {
        String base = read(new URL(theme.stylesheets().get(1)));
        assertTrue(base.contains("-ia-background"));
        assertTrue(!Pattern.compile("#[0-9a-fA-F]{3,6}\\b").matcher(base).find(), "literal colour in base.css");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void graphStylesheetColoursEachLayerClass(Theme theme) {
        String gss = theme.graphStylesheet();
        for (int i = 0; i < 4; i++) {
            assertTrue(gss.contains("node.layer" + i + " { fill-color: " + theme.layerColours().get(i) + ";"), gss);
            assertTrue(gss.contains("node.lit" + i + " { fill-color: " + theme.layerColours().get(i) + ";"), gss);
        }
        assertTrue(gss.contains("node.selected"));
        assertTrue(gss.contains(theme.palette().background()));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void contextRulesFadeOrdinaryClassesAndHideTheirLabels(Theme theme) {
        String faded = GraphStylesheet.contextRules(theme, true, true);
        assertTrue(faded.contains("node.layer0 { fill-color: " + theme.palette().faded()), faded);
        assertTrue(faded.contains("text-mode: hidden"));
        assertTrue(!faded.contains("lit"), "emphasised classes are never rewritten");
        String plain = GraphStylesheet.contextRules(theme, false, true);
        assertTrue(plain.contains("node.layer2 { fill-color: " + theme.layerColours().get(2)), plain);
        assertTrue(!plain.contains("hidden"));
        assertTrue(GraphStylesheet.contextRules(theme, false, false).contains("text-mode: hidden"));
    }

    @Test
    void everyThemeColoursDiffAddedAndRemovedWithItsOwnTokens() {
        for (Theme theme : Theme.values()) {
            String gss = theme.graphStylesheet();
            assertTrue(gss.contains("node.added { fill-color: " + theme.palette().diffAdded()), theme + ": " + gss);
            assertTrue(gss.contains("stroke-color: " + theme.palette().diffRemoved()), theme.name());
            assertTrue(gss.contains("edge.added { fill-color: " + GraphStylesheet.rgba(theme.palette().diffAdded(), 110)),
                    theme.name());
            String faded = GraphStylesheet.contextRules(theme, true, true);
            assertTrue(faded.contains("node.added { fill-color: " + theme.palette().faded()), faded);
        }
        assertEquals("rgba(30,142,62,110)", GraphStylesheet.rgba("#1e8e3e", 110));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void placeholderSafetyHasItsOwnColourApartFromSafeAndUnsafe(Theme theme) {
        Palette p = theme.palette();
        assertTrue(!p.codePlaceholder().equals(p.codeSafety()) && !p.codePlaceholder().equals(p.codeUnsafe())
                && !p.codePlaceholder().equals(p.heatHot()), theme.name());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void chromeIsPrimerLightExactlyWhenTheBackgroundIsLight(Theme theme) {
        // Relative luminance (WCAG) of the background token: our light theme is near 0.9, dark ones under 0.02.
        boolean lightBackground = luminance(theme.palette().background()) > 0.5;
        assertEquals(lightBackground ? Chrome.PRIMER_LIGHT : Chrome.PRIMER_DARK, theme.chrome(), theme.name());
    }

    @Test
    void baseStylesheetRecoloursPrimerFromOurTokens() throws IOException {
        String base = read(new URL(Theme.LIGHT.stylesheets().get(1)));
        Map<String, String> expected = Map.of("-color-fg-default", "-ia-text", "-color-bg-default", "-ia-surface",
                "-color-bg-subtle", "-ia-background", "-color-border-default", "-ia-border",
                "-color-accent-emphasis", "-ia-accent", "-color-accent-fg", "-ia-accent");
        expected.forEach((primer, ours) -> assertTrue(base.contains(primer + ": " + ours + ";"), primer));
    }

    @Test
    void talkThemeHasBiggerFontsThanLight() {
        assertTrue(Theme.TALK.fontSize() > Theme.LIGHT.fontSize());
        assertTrue(Theme.TALK.graphStylesheet().contains("text-size: 18"));
    }

    @Test
    void themeNamesAreLookedUpCaseInsensitively() {
        assertEquals(Theme.DARK, Theme.named("dark").orElseThrow());
        assertTrue(Theme.named("sepia").isEmpty());
    }

    @Test
    void paletteRejectsMalformedHex() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Palette(
                "red", "#ffffff", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000",
                "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000",
                "#000000", "#000000", "#000000", java.util.List.of("#000000", "#000000", "#000000", "#000000")));
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
