package org.upright.ingest;

import java.util.List;
import java.util.Optional;

/** The files that were imported, so that importing one again changes nothing. */
public interface SourceFileStore {
    /** A file the record already holds. */
    record ImportedFile(long id, String sha256, String name, String path, String format, String importedAt,
                        int rowsRead, int recommendationsNew, int recommendationsMerged, int rejected, long reviewsSeen) {
    }

    Optional<ImportedFile> bySha256(String sha256);

    /**
     * Inside a transaction: waits until no other transaction is importing the same bytes, and keeps them from
     * starting until this one ends, so a look with {@link #bySha256} after it sees what a concurrent import wrote.
     */
    void holdForImport(String sha256);

    long add(String sha256, String name, String path, Format format);

    /** Records what the import of the file did, and how many reviews the record held when it was done. */
    void setCounts(long id, int rowsRead, int recommendationsNew, int recommendationsMerged, int rejected, long reviewsSeen);

    List<ImportedFile> all();
}
