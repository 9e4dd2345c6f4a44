package dev.interopatlas.model.archfixture;

import dev.interopatlas.indexer.IndexOptions;

/** Violates the model rule: a model record depending on the indexer. */
public record RecordThatKnowsTheIndexer(IndexOptions options) {
}
