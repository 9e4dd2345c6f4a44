package dev.interopatlas.app.core.map;

/** How C headers, and the symbols and helpers they declare, are grouped on the map. */
public enum GroupBy {
    /** By the directory of the file, nested as directories nest ({@code include/linux} holds {@code include/linux/sched}). */
    DIRECTORY,
    /** By the most specific MAINTAINERS section of the file (not "THE REST"), one flat level. */
    SUBSYSTEM
}
