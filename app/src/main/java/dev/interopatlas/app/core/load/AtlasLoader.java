package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.progress.ProgressMonitor;

/** Produces an atlas, off the FX thread, reporting to a monitor and stopping when it is cancelled. */
public interface AtlasLoader {
    /** What is being opened, for the status bar and error dialogs. */
    String description();

    /** Loads; failures carry a message naming the file and what to do. */
    LoadedAtlas load(ProgressMonitor monitor) throws Exception;
}
