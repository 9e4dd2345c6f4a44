package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.app.core.export.ReportData.CoveragePoint;
import dev.interopatlas.app.core.export.ReportData.Headline;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.styles.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hotspot table of the report colours blocks without SAFETY and placeholder blocks each in its own colour. */
class ReleaseReportHotspotsTest {
    private static Hotspot row(String path, int blocks, int undocumented, int placeholder) {
        return new Hotspot(HotspotScope.FILE, path, path, 1, FileRole.ABSTRACTION, Optional.of(100), blocks, 0, 0, 0,
                undocumented, placeholder, Optional.of(blocks * 1.0), 0, Optional.empty());
    }

    /** The fill colour of every text reading {@code value}, in document order. */
    private static List<String> fillsOf(Document svg, String value) {
        List<String> fills = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getTextContent().equals(value)) {
                fills.add(text.getAttribute("fill"));
            }
        }
        return fills;
    }

    @Test
    void undocumentedAndPlaceholderCountsHaveTheirOwnColours() throws Exception {
        Theme theme = Theme.DARK;
        ReportData data = new ReportData("Report", "caption", new Headline(1, 2, 3, 9, 0, 0, 0, 0.5, 100, 4, 0, 0, 0),
                List.of(new CoveragePoint("v7.3", 2, 1, 3)),
                List.of(row("rust/kernel/a.rs", 7, 0, 4), row("rust/kernel/b.rs", 2, 2, 0)), List.of(),
                Optional.empty());
        Document svg = SvgChecks.parse(new ReleaseReport(data, ReportBuilder.style(theme)).toSvg());
        // "7" (a.rs blocks) and "4" (a.rs placeholders) appear only in the table; "2" also on the cards and the
        // chart's axis, and last as b.rs's blocks without SAFETY.
        assertEquals(List.of(theme.palette().text()), fillsOf(svg, "7"));
        assertEquals(List.of(theme.palette().codePlaceholder()), fillsOf(svg, "4"));
        assertEquals(theme.palette().heatHot(), fillsOf(svg, "2").get(fillsOf(svg, "2").size() - 1));
    }
}
