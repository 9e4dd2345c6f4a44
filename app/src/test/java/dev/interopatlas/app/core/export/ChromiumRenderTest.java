package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.styles.Theme;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile SVG in a real browser engine (about 2 s). Skipped, saying so, where Chromium is not installed;
 * .ci/run installs it.
 */
@Tag("chromium")
class ChromiumRenderTest {
    @TempDir
    Path temp;

    @Test
    void headlessChromiumDrawsTheHostileSvg() throws Exception {
        Optional<Path> chromium = SvgChecks.binary("chromium").or(() -> SvgChecks.binary("chromium-browser"));
        Assumptions.assumeTrue(chromium.isPresent(),
                "chromium not installed (Debian: apt-get install -y chromium): browser rendering not checked");
        GraphDiagram diagram = new GraphDiagram(SceneFactory.of(GraphDiagramTest.hostileGraph(),
                dev.interopatlas.app.core.layout.LayeredLayout.compute(GraphDiagramTest.hostileGraph()), Theme.LIGHT,
                SceneFactory.Emphasis.NONE, GraphDiagramTest.SCRIPT, Optional.of(GraphDiagramTest.CDATA), true),
                PageSize.STANDARD);
        Path svg = temp.resolve("hostile.svg");
        Files.writeString(svg, diagram.toSvg(), StandardCharsets.UTF_8);
        Path png = temp.resolve("chromium.png");
        SvgChecks.run(List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + temp.resolve("profile"),
                "--screenshot=" + png, "--window-size=1600,1200", svg.toUri().toString()), 120);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertTrue(SvgChecks.hasInk(image), "chromium drew a blank page");
    }
}
