package dev.interopatlas.model.analysis;

/** What one hotspot row aggregates. */
public enum HotspotScope {
    FILE, MODULE, FUNCTION
}
