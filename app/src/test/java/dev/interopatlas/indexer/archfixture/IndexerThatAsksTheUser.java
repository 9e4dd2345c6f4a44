package dev.interopatlas.indexer.archfixture;

import javafx.scene.control.Alert;

/** Violates the indexer rule: indexer code opening a JavaFX dialog. */
public final class IndexerThatAsksTheUser {
    private IndexerThatAsksTheUser() {
    }

    public static Class<?> dialog() {
        return Alert.class;
    }
}
