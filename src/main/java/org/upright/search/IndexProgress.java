package org.upright.search;

/** Hears how a rebuild of the index goes, for a progress line on a terminal or in the log. */
public interface IndexProgress {
    IndexProgress SILENT = (done, total) -> { };

    void indexed(long done, long total);
}
