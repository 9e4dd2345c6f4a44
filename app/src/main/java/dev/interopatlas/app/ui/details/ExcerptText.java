package dev.interopatlas.app.ui.details;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * Source excerpt lines as styled text runs: line numbers, the target line, {@code unsafe} and {@code SAFETY:}
 * highlighted (a placeholder {@code SAFETY:} in its own colour). Shared by the details pane and the source
 * window so both show code the same way.
 */
public final class ExcerptText {
    private ExcerptText() {
    }

    public static List<Text> runs(List<ExcerptLine> lines) {
        List<Text> texts = new ArrayList<>();
        int width = String.valueOf(lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number()).length();
        for (ExcerptLine l : lines) {
            texts.add(styled(String.format("%" + width + "d  ", l.number()), "line-number"));
            int at = 0;
            for (ExcerptLine.Span span : l.spans()) {
                if (span.start() < at) {
                    continue;
                }
                texts.add(styled(l.text().substring(at, span.start()), l.target() ? "target-line" : null));
                texts.add(styled(l.text().substring(span.start(), span.end()), styleClass(span.kind())));
                at = span.end();
            }
            texts.add(styled(l.text().substring(at) + "\n", l.target() ? "target-line" : null));
        }
        return texts;
    }

    /** Where the target line sits in the excerpt (0 top, 1 bottom), to scroll it into view. */
    public static double targetFraction(List<ExcerptLine> lines) {
        int targetIndex = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).target()) {
                targetIndex = i;
            }
        }
        return lines.size() <= 1 ? 0 : (double) targetIndex / (lines.size() - 1);
    }

    static String styleClass(ExcerptLine.Kind kind) {
        return switch (kind) {
            case UNSAFE -> "unsafe";
            case SAFETY -> "safety";
            case SAFETY_PLACEHOLDER -> "safety-placeholder";
        };
    }

    private static Text styled(String s, String cls) {
        Text t = new Text(s);
        t.getStyleClass().add("text");
        if (cls != null) {
            t.getStyleClass().add(cls);
        }
        return t;
    }
}
