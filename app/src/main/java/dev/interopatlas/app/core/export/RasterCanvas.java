package dev.interopatlas.app.core.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Draws {@link Canvas} operations into an image with Java2D (works headless), for PNG output. */
public final class RasterCanvas implements Canvas {
    private final BufferedImage image;
    private final Graphics2D g;
    private final String fontFamily;

    public RasterCanvas(int width, int height, double scale, String fontFamily) {
        this.image = new BufferedImage(Math.max(1, (int) Math.ceil(width * scale)),
                Math.max(1, (int) Math.ceil(height * scale)), BufferedImage.TYPE_INT_ARGB);
        this.g = image.createGraphics();
        this.fontFamily = fontFamily.split(",")[0].replace("'", "").replace("\"", "").trim();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
    }

    private static Color color(String hex, double opacity) {
        Color c = Color.decode(hex);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * clamp(opacity)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, double cornerRadius) {
        g.setColor(color(fill, 1));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, cornerRadius * 2, cornerRadius * 2));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String c, double w, double opacity) {
        g.setColor(color(c, opacity));
        g.setStroke(new BasicStroke((float) w));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double opacity, String tooltip) {
        Ellipse2D.Double shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(color(fill, opacity));
        g.fill(shape);
        g.setColor(color(stroke, opacity));
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);
    }

    @Override
    public void polyline(double[] xs, double[] ys, String c, double w) {
        if (xs.length == 0) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setColor(color(c, 1));
        g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void text(double x, double y, String text, double size, String c, boolean bold, Anchor anchor,
                     double opacity) {
        Font font = new Font(fontFamily, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        g.setFont(font);
        g.setColor(color(c, opacity));
        double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public void beginGroup(String id) {
    }

    @Override
    public void endGroup() {
    }

    public BufferedImage image() {
        return image;
    }

    public byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // pages are opaque: dropping the alpha channel makes the file about a quarter smaller
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D copy = opaque.createGraphics();
        copy.drawImage(image, 0, 0, null);
        copy.dispose();
        ImageIO.write(opaque, "png", out);
        return out.toByteArray();
    }
}
