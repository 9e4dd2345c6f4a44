package dev.interopatlas.model.impact;

/**
 * How much of one crate the changes reach.
 *
 * @param changes       changed declarations reaching the crate directly or indirectly
 * @param directFiles   its files that name a changed declaration
 * @param indirectFiles its files that only use a reached module
 */
public record CrateImpact(String crate, int changes, int directFiles, int indirectFiles) {
}
