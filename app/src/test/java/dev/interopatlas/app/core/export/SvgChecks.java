package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Checks every exported SVG gets: well-formed XML, its labels as text, and external renderers that accept it. */
public final class SvgChecks {
    private SvgChecks() {
    }

    /** Parses strictly, without DTDs or any network access. */
    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Document document = builder.parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        return document;
    }

    public static Document parse(Path svg) throws Exception {
        return parse(Files.readString(svg, StandardCharsets.UTF_8));
    }

    /** The content of every {@code <text>} element. */
    public static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    public static Optional<Path> binary(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Skips the calling test, saying why, when rsvg-convert is not installed. */
    public static Path requireRsvg() {
        Optional<Path> rsvg = binary("rsvg-convert");
        Assumptions.assumeTrue(rsvg.isPresent(),
                "rsvg-convert not installed (Debian: apt-get install -y librsvg2-bin): SVG rendering not checked");
        return rsvg.get();
    }

    /** Rasterises with rsvg-convert (exact size when given), asserting it succeeds. */
    public static BufferedImage rsvg(Path svg, Path png, int width, int height) throws Exception {
        List<String> command = new ArrayList<>(List.of(requireRsvg().toString()));
        if (width > 0) {
            command.addAll(List.of("-w", Integer.toString(width), "-h", Integer.toString(height)));
        }
        command.addAll(List.of("-o", png.toString(), svg.toString()));
        run(command, 60);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() > 0, "rsvg-convert wrote no image for " + svg);
        return image;
    }

    static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, String.join(" ", command) + " did not finish in " + seconds + " s");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    public static BufferedImage png(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Whether an image shows more than one colour (a renderer that draws nothing gives a flat page). */
    public static boolean hasInk(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (image.getRGB(x, y) != first) {
                    return true;
                }
            }
        }
        return false;
    }
}
