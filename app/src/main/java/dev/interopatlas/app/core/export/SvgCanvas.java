package dev.interopatlas.app.core.export;

import static dev.interopatlas.app.core.export.SvgText.escape;
import static dev.interopatlas.app.core.export.SvgText.num;

import java.util.Locale;

/** Writes {@link Canvas} operations as SVG elements; every string that reaches the file is escaped. */
public final class SvgCanvas implements Canvas {
    private final StringBuilder svg = new StringBuilder(64 * 1024);
    private final double width;
    private final double height;

    public SvgCanvas(double width, double height, String title, String fontFamily) {
        this.width = width;
        this.height = height;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" font-family=\"").append(escape(fontFamily))
                .append("\">\n<title>").append(escape(title)).append("</title>\n");
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, double cornerRadius) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        if (cornerRadius > 0) {
            svg.append(" rx=\"").append(num(cornerRadius)).append('"');
        }
        svg.append(" fill=\"").append(escape(fill)).append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String color, double w, double opacity) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(escape(color))
                .append("\" stroke-width=\"").append(num(w)).append('"');
        if (opacity < 1) {
            svg.append(" stroke-opacity=\"").append(num(opacity)).append('"');
        }
        svg.append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double opacity, String tooltip) {
        svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(escape(fill)).append("\" stroke=\"")
                .append(escape(stroke)).append('"');
        if (opacity < 1) {
            svg.append(" opacity=\"").append(num(opacity)).append('"');
        }
        if (tooltip.isEmpty()) {
            svg.append("/>\n");
        } else {
            svg.append("><title>").append(escape(tooltip)).append("</title></circle>\n");
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, String color, double w) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(escape(color)).append("\" stroke-width=\"")
                .append(num(w)).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        svg.append("\"/>\n");
    }

    @Override
    public void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
                     double opacity) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(size)).append("\" fill=\"").append(escape(color)).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor.name().toLowerCase(Locale.ROOT)).append('"');
        }
        if (opacity < 1) {
            svg.append(" opacity=\"").append(num(opacity)).append('"');
        }
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void beginGroup(String id) {
        svg.append("<g id=\"").append(escape(id)).append("\">\n");
    }

    @Override
    public void endGroup() {
        svg.append("</g>\n");
    }

    /** The finished document. */
    public String finish() {
        return svg + "</svg>\n";
    }
}
