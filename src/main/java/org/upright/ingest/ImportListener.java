package org.upright.ingest;

/** Hears how an import run goes, for a progress bar on a terminal. */
public interface ImportListener {
    ImportListener SILENT = new ImportListener() {
    };

    default void started(int files) {
    }

    default void fileDone(int index, String path, ImportSummary.FileOutcome outcome) {
    }
}
