package dev.interopatlas.app.ui.export;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Normalised cross-correlation of two pictures of the same graph, after cropping each to its ink (pixels that
 * differ from the background) and downscaling to a small grayscale grid. Cropping removes what legitimately
 * differs (margins, GraphStream's camera padding versus the page margins); downscaling with area averaging
 * blurs away what a different renderer changes (anti-aliasing, font hinting, a pixel of offset). What is left
 * is where nodes, edges and labels sit: 1 means the same arrangement, 0 unrelated pictures. NCC ignores overall
 * brightness and contrast, so a theme's slightly different node rendering does not count against it.
 */
final class ImageSimilarity {
    static final int GRID_WIDTH = 96;
    static final int GRID_HEIGHT = 64;

    private ImageSimilarity() {
    }

    /** A JavaFX snapshot as an AWT image, to compare with an exported picture. */
    static BufferedImage toAwt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    static double ncc(BufferedImage a, BufferedImage b) {
        double[] x = grid(a);
        double[] y = grid(b);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** The bounding box of pixels whose luminance differs from the corner's by more than a faint edge. */
    static Rectangle ink(BufferedImage image) {
        double background = luminance(image.getRGB(0, 0));
        int minX = image.getWidth();
        int minY = image.getHeight();
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Math.abs(luminance(image.getRGB(x, y)) - background) > 24) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle(0, 0, image.getWidth(), image.getHeight())
                : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static double[] grid(BufferedImage image) {
        Rectangle box = ink(image);
        Image cropped = image.getSubimage(box.x, box.y, box.width, box.height)
                .getScaledInstance(GRID_WIDTH, GRID_HEIGHT, Image.SCALE_AREA_AVERAGING);
        BufferedImage small = new BufferedImage(GRID_WIDTH, GRID_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(cropped, 0, 0, null);
        g.dispose();
        double[] values = new double[GRID_WIDTH * GRID_HEIGHT];
        for (int y = 0; y < GRID_HEIGHT; y++) {
            for (int x = 0; x < GRID_WIDTH; x++) {
                values[y * GRID_WIDTH + x] = luminance(small.getRGB(x, y));
            }
        }
        return values;
    }

    private static double luminance(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
