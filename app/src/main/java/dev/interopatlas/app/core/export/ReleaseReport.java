package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.export.Canvas.Anchor;
import dev.interopatlas.app.core.export.ReportData.CoveragePoint;
import dev.interopatlas.app.core.export.ReportData.Headline;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The one-page report of a release: headline numbers, coverage over releases as a line chart, top unsafe
 * hotspots, subsystem readiness as bars, and the map overview (an {@link OverviewPanel}). Every figure's text is
 * text.
 */
public final class ReleaseReport {
    static final double WIDTH = 1280;
    private static final double MARGIN = 40;
    private static final double GAP = 24;
    private static final int TABLE_ROWS = 10;

    private final ReportData data;
    private final ReportStyle style;
    private final double height;

    public ReleaseReport(ReportData data, ReportStyle style) {
        this.data = data;
        this.style = style;
        this.height = layoutHeight();
    }

    public double height() {
        return height;
    }

    public String toSvg() {
        SvgCanvas canvas = new SvgCanvas(WIDTH, height, data.title(), style.fontFamily());
        draw(canvas);
        return canvas.finish();
    }

    public byte[] toPng(double pixelScale) throws IOException {
        RasterCanvas canvas = new RasterCanvas((int) WIDTH, (int) Math.ceil(height), pixelScale, style.fontFamily());
        draw(canvas);
        return canvas.png();
    }

    private double rowHeight() {
        return style.baseSize() * 1.9;
    }

    private double headerHeight() {
        return MARGIN + style.baseSize() * 4.2;
    }

    private double cardsHeight() {
        return style.baseSize() * 7;
    }

    private double chartHeight() {
        return Math.max(300, rowHeight() * (TABLE_ROWS + 2) + style.baseSize() * 2);
    }

    private double readinessHeight() {
        return style.baseSize() * 2.4 + rowHeight() * (Math.min(TABLE_ROWS, data.readiness().size()) + 1);
    }

    private double overviewHeight() {
        double header = style.baseSize() * 3;
        return data.overview().map(panel -> header + panel.height(WIDTH - 2 * MARGIN - 28) + 14).orElse(0.0);
    }

    private double layoutHeight() {
        return headerHeight() + cardsHeight() + GAP + chartHeight() + GAP + readinessHeight() + GAP
                + overviewHeight() + MARGIN;
    }

    public void draw(Canvas canvas) {
        canvas.rect(0, 0, WIDTH, height, style.background(), 0);
        double y = drawHeader(canvas);
        y = drawHeadline(canvas, y) + GAP;
        double half = (WIDTH - 2 * MARGIN - GAP) / 2;
        drawCoverage(canvas, MARGIN, y, half, chartHeight());
        drawHotspots(canvas, MARGIN + half + GAP, y, half, chartHeight());
        y += chartHeight() + GAP;
        drawReadiness(canvas, y);
        double overviewTop = y + readinessHeight() + GAP;
        data.overview().ifPresent(panel -> drawOverview(canvas, panel, overviewTop));
    }

    private double drawHeader(Canvas canvas) {
        canvas.beginGroup("header");
        double base = style.baseSize();
        canvas.text(MARGIN, MARGIN + base * 1.8, data.title(), base * 2, style.text(), true, Anchor.START, 1);
        canvas.text(MARGIN, MARGIN + base * 3.4, data.caption(), base, style.mutedText(), false, Anchor.START, 1);
        canvas.endGroup();
        return headerHeight();
    }

    private double drawHeadline(Canvas canvas, double top) {
        Headline h = data.headline();
        // Kernel figures; what vendored crates (syn, zerocopy…) add is shown apart, never summed in
        String[][] cards = {
                {"Rust abstractions", Integer.toString(h.abstractions()), "kernel crate modules"},
                {"Bound C symbols", Integer.toString(h.boundSymbols()), "bindings:: names in C"},
                {"Consumer crates", Integer.toString(h.consumers()), "drivers, samples, tests"},
                {"Rust lines", String.format(Locale.ROOT, "%,d", h.rustLines()), h.vendoredCrates() == 0
                        ? "the kernel's own code" : String.format(Locale.ROOT, "+ %,d vendored", h.vendoredLines()),
                        h.vendoredCrates() == 0 ? "no vendored crates" : String.format(Locale.ROOT,
                        "+ %,d unsafe vendored", h.vendoredUnsafe())},
                {"Unsafe sites", Integer.toString(h.unsafeTotal()), String.format(Locale.ROOT,
                        "%d blocks · %d fns", h.unsafeBlocks(), h.unsafeFns()), String.format(Locale.ROOT,
                        "%d impls · %d traits", h.unsafeImpls(), h.unsafeTraits())},
                // short enough for a sixth of the row: "placeholder SAFETY: 1 block" was cut
                {"SAFETY-documented", percent(h.documentedShare()), "of unsafe blocks", String.format(Locale.ROOT,
                        "%d placeholder %s", h.placeholderBlocks(), h.placeholderBlocks() == 1 ? "block" : "blocks")},
        };
        canvas.beginGroup("headline");
        double cardWidth = (WIDTH - 2 * MARGIN - (cards.length - 1) * 16) / cards.length;
        double base = style.baseSize();
        for (int i = 0; i < cards.length; i++) {
            double x = MARGIN + i * (cardWidth + 16);
            canvas.rect(x, top, cardWidth, cardsHeight(), style.surface(), 8);
            canvas.text(x + 14, top + base * 1.7, cards[i][0], base * 0.95, style.mutedText(), false, Anchor.START, 1);
            canvas.text(x + 14, top + base * 4.0, cards[i][1], base * 2.3, style.text(), true, Anchor.START, 1);
            for (int line = 2; line < cards[i].length; line++) {
                canvas.text(x + 14, top + base * (5.3 + (line - 2) * 1.1), fit(cards[i][line], cardWidth - 28,
                        base * 0.8), base * 0.8, style.mutedText(), false, Anchor.START, 1);
            }
        }
        canvas.endGroup();
        return top + cardsHeight();
    }

    private void drawCoverage(Canvas canvas, double x, double y, double w, double h) {
        double base = style.baseSize();
        canvas.beginGroup("coverage");
        canvas.rect(x, y, w, h, style.surface(), 8);
        canvas.text(x + 14, y + base * 1.8, "Coverage over releases", base * 1.15, style.text(), true, Anchor.START,
                1);
        String[] names = {"bound C symbols", "abstraction modules", "consumer crates"};
        double legendX = x + 14;
        for (int s = 0; s < names.length; s++) {
            canvas.rect(legendX, y + base * 2.6, base * 0.8, base * 0.8, style.series().get(s), base * 0.4);
            canvas.text(legendX + base * 1.1, y + base * 3.35, names[s], base * 0.85, style.mutedText(), false,
                    Anchor.START, 1);
            legendX += base * 2 + TextMetrics.width(names[s], base * 0.85);
        }
        List<CoveragePoint> points = data.coverage();
        double left = x + 56;
        double right = x + w - 40;
        double top = y + base * 5;
        double bottom = y + h - base * 2.4;
        int max = points.stream().mapToInt(p -> Math.max(p.boundSymbols(), Math.max(p.abstractions(),
                p.consumers()))).max().orElse(0);
        int step = niceStep(max);
        int ceiling = Math.max(step, ((max + step - 1) / step) * step);
        for (int v = 0; v <= ceiling; v += step) {
            double gy = bottom - (bottom - top) * v / ceiling;
            canvas.line(left, gy, right, gy, style.border(), 1, 1);
            canvas.text(left - 8, gy + base * 0.3, Integer.toString(v), base * 0.8, style.mutedText(), false,
                    Anchor.END, 1);
        }
        int n = points.size();
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
            canvas.text(xs[i], bottom + base * 1.4, points.get(i).release(), base * 0.85, style.mutedText(), false,
                    Anchor.MIDDLE, 1);
        }
        for (int s = 0; s < 3; s++) {
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                CoveragePoint p = points.get(i);
                int value = s == 0 ? p.boundSymbols() : s == 1 ? p.abstractions() : p.consumers();
                ys[i] = bottom - (bottom - top) * value / ceiling;
            }
            String color = style.series().get(s);
            canvas.polyline(xs, ys, color, 2.5);
            for (int i = 0; i < n; i++) {
                canvas.circle(xs[i], ys[i], 4, color, color, 1, "");
            }
            if (n > 0) {
                CoveragePoint last = points.get(n - 1);
                int value = s == 0 ? last.boundSymbols() : s == 1 ? last.abstractions() : last.consumers();
                canvas.text(xs[n - 1] + 8, ys[n - 1] + base * 0.3, Integer.toString(value), base * 0.85, color,
                        true, Anchor.START, 1);
            }
        }
        canvas.endGroup();
    }

    private void drawHotspots(Canvas canvas, double x, double y, double w, double h) {
        double base = style.baseSize();
        canvas.beginGroup("hotspots");
        canvas.rect(x, y, w, h, style.surface(), 8);
        canvas.text(x + 14, y + base * 1.8, "Top unsafe hotspots (files)", base * 1.15, style.text(), true,
                Anchor.START, 1);
        String[] columns = {"blocks", "fns", "impls", "traits", "undoc.", "placeh."};
        double colWidth = base * 3.9;
        double firstNumber = x + w - 14 - colWidth * (columns.length - 1);
        double rowY = y + base * 4;
        for (int c = 0; c < columns.length; c++) {
            canvas.text(firstNumber + c * colWidth, rowY, columns[c], base * 0.8, style.mutedText(), true, Anchor.END,
                    1);
        }
        canvas.text(x + 14, rowY, "file", base * 0.8, style.mutedText(), true, Anchor.START, 1);
        List<Hotspot> rows = data.hotspots().subList(0, Math.min(TABLE_ROWS, data.hotspots().size()));
        double pathWidth = firstNumber - colWidth - x - 14;
        for (Hotspot row : rows) {
            rowY += rowHeight();
            canvas.line(x + 14, rowY - rowHeight() + base * 0.6, x + w - 14, rowY - rowHeight() + base * 0.6,
                    style.border(), 1, 1);
            canvas.text(x + 14, rowY, fitLeft(row.key(), pathWidth, base * 0.85), base * 0.85, style.text(), false,
                    Anchor.START, 1);
            int[] values = {row.unsafeBlocks(), row.unsafeFns(), row.unsafeImpls(), row.unsafeTraits(),
                    row.undocumentedBlocks(), row.placeholderBlocks()};
            for (int c = 0; c < values.length; c++) {
                boolean alarm = c >= 4 && values[c] > 0;
                String colour = !alarm ? style.text() : c == 4 ? style.hot() : style.placeholder();
                canvas.text(firstNumber + c * colWidth, rowY, Integer.toString(values[c]), base * 0.85, colour, alarm,
                        Anchor.END, 1);
            }
        }
        if (rows.isEmpty()) {
            canvas.text(x + 14, rowY + rowHeight(), "no unsafe code", base * 0.85, style.mutedText(), false,
                    Anchor.START, 1);
        }
        canvas.endGroup();
    }

    private void drawReadiness(Canvas canvas, double y) {
        double base = style.baseSize();
        double w = WIDTH - 2 * MARGIN;
        canvas.beginGroup("readiness");
        canvas.rect(MARGIN, y, w, readinessHeight(), style.surface(), 8);
        canvas.text(MARGIN + 14, y + base * 1.8, "Subsystem readiness (MAINTAINERS sections)", base * 1.15,
                style.text(), true, Anchor.START, 1);
        double nameWidth = 420;
        double[] cols = {MARGIN + nameWidth + 60, MARGIN + nameWidth + 150, MARGIN + nameWidth + 230,
                MARGIN + nameWidth + 330};
        String[] heads = {"abstractions", "consumers", "helpers", "bound fns"};
        double barX = MARGIN + nameWidth + 360;
        double barWidth = w - (barX - MARGIN) - 90;
        double rowY = y + base * 3.6;
        canvas.text(MARGIN + 14, rowY, "section", base * 0.8, style.mutedText(), true, Anchor.START, 1);
        for (int c = 0; c < heads.length; c++) {
            canvas.text(cols[c], rowY, heads[c], base * 0.8, style.mutedText(), true, Anchor.END, 1);
        }
        canvas.text(barX, rowY, "share of the section's declared C functions bound from Rust", base * 0.8,
                style.mutedText(), true, Anchor.START, 1);
        for (SubsystemReadiness r : data.readiness().subList(0, Math.min(TABLE_ROWS, data.readiness().size()))) {
            rowY += rowHeight();
            canvas.text(MARGIN + 14, rowY, fit(r.section(), nameWidth, base * 0.85), base * 0.85, style.text(),
                    r.rustSection(), Anchor.START, 1);
            int[] values = {r.abstractions(), r.consumers(), r.helpers()};
            for (int c = 0; c < values.length; c++) {
                canvas.text(cols[c], rowY, Integer.toString(values[c]), base * 0.85, style.text(), false, Anchor.END,
                        1);
            }
            canvas.text(cols[3], rowY, r.boundFunctions() + "/" + r.declaredFunctions(), base * 0.85, style.text(),
                    false, Anchor.END, 1);
            canvas.rect(barX, rowY - base * 0.75, barWidth, base * 0.9, style.border(), 3);
            canvas.rect(barX, rowY - base * 0.75, Math.max(2, barWidth * r.boundShare()), base * 0.9, style.accent(),
                    3);
            canvas.text(barX + barWidth + 8, rowY, percent(r.boundShare()), base * 0.85, style.text(), false,
                    Anchor.START, 1);
        }
        canvas.endGroup();
    }

    private void drawOverview(Canvas canvas, OverviewPanel panel, double y) {
        double base = style.baseSize();
        double w = WIDTH - 2 * MARGIN;
        double h = overviewHeight();
        canvas.beginGroup("overview");
        canvas.rect(MARGIN, y, w, h, style.surface(), 8);
        canvas.text(MARGIN + 14, y + base * 1.8, panel.title(), base * 1.15, style.text(), true, Anchor.START, 1);
        double top = y + base * 3;
        panel.paint(canvas, MARGIN + 14, top, w - 28, h - base * 3 - 14);
        canvas.endGroup();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** Cuts text on the right to fit a width, marking the cut. */
    static String fit(String text, double width, double size) {
        if (TextMetrics.width(text, size) <= width) {
            return text;
        }
        int keep = text.length();
        while (keep > 1 && TextMetrics.width(text.substring(0, keep) + "…", size) > width) {
            keep--;
        }
        return text.substring(0, keep) + "…";
    }

    /** Cuts a path on the left, where the least telling part is. */
    static String fitLeft(String text, double width, double size) {
        if (TextMetrics.width(text, size) <= width) {
            return text;
        }
        int from = 0;
        while (from < text.length() - 1 && TextMetrics.width("…" + text.substring(from), size) > width) {
            from++;
        }
        return "…" + text.substring(from);
    }

    /** A round tick step giving about five grid lines. */
    static int niceStep(int max) {
        if (max <= 5) {
            return 1;
        }
        double raw = max / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalized = raw / magnitude;
        double nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
        return (int) Math.max(1, nice * magnitude);
    }
}
