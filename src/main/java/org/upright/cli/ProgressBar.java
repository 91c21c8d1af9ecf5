package org.upright.cli;

import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;

/** A one-line progress bar on standard error, shown only when a person is watching a terminal. */
final class ProgressBar implements ImportListener {
    private static final int WIDTH = 30;
    private int total;

    static ImportListener forTerminal() {
        return System.console() != null ? new ProgressBar() : ImportListener.SILENT;
    }

    @Override
    public void started(int files) {
        total = files;
    }

    @Override
    public void fileDone(int index, String path, ImportSummary.FileOutcome outcome) {
        int filled = total == 0 ? WIDTH : index * WIDTH / total;
        String name = path.length() > 40 ? "…" + path.substring(path.length() - 39) : path;
        System.err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + index + "/" + total + " "
                + String.format("%-40s", name));
        if (index == total) System.err.println();
    }
}
