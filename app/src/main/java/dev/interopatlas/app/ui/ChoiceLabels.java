package dev.interopatlas.app.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How the items of a choice box or combo box read: by a name, and never typed in. */
public final class ChoiceLabels {
    private ChoiceLabels() {
    }

    public static <T> StringConverter<T> by(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes are not editable");
            }
        };
    }
}
