package org.upright.ingest;

import java.util.List;

/** What an import run did, file by file, with the totals printed as its last line. */
public record ImportSummary(List<FileOutcome> files, List<Reject> rejects) {

    /** One file's outcome: imported, skipped (already imported, or not a known format in a folder) or failed. */
    public record FileOutcome(String path, String format, Status status, String message,
                              int rowsRead, int recommendationsNew, int recommendationsMerged, int rejected) {
    }

    public enum Status { IMPORTED, ALREADY_IMPORTED, SKIPPED, FAILED }

    public int rowsRead() {
        return files.stream().mapToInt(FileOutcome::rowsRead).sum();
    }

    public int recommendationsNew() {
        return files.stream().mapToInt(FileOutcome::recommendationsNew).sum();
    }

    public int recommendationsMerged() {
        return files.stream().mapToInt(FileOutcome::recommendationsMerged).sum();
    }

    public int rejected() {
        return files.stream().mapToInt(FileOutcome::rejected).sum();
    }

    public boolean anyFailed() {
        return files.stream().anyMatch(f -> f.status() == Status.FAILED);
    }

    /** The one JSON line every import ends with. */
    public String jsonLine() {
        long imported = files.stream().filter(f -> f.status() == Status.IMPORTED).count();
        long failed = files.stream().filter(f -> f.status() == Status.FAILED).count();
        return "{\"files\":" + imported + ",\"rows_read\":" + rowsRead() + ",\"recommendations_new\":" + recommendationsNew()
                + ",\"recommendations_merged\":" + recommendationsMerged() + ",\"rejected\":" + rejected()
                + ",\"files_failed\":" + failed + "}";
    }
}
