package dev.interopatlas.styles;

/**
 * The AtlantaFX theme a {@link Theme} draws the window chrome (menus, buttons, tables, dialogs) with. The app
 * installs it as JavaFX's user-agent stylesheet; the theme's own stylesheets go on top and recolour it from the
 * palette's tokens (docs/decisions/0013). Named here so that this module needs no JavaFX.
 */
public enum Chrome {
    /** AtlantaFX {@code PrimerLight}: GitHub's Primer, light. */
    PRIMER_LIGHT,
    /** AtlantaFX {@code PrimerDark}: GitHub's Primer, dark; also under the black high-contrast talk theme. */
    PRIMER_DARK
}
