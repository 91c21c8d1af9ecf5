package org.upright.backup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The first thing a backup says about itself (manifest.json): which format, which UPRight and schema version
 * wrote it, when, and per table its entry, columns, row count and the SHA-256 of the entry's bytes.
 */
public record Manifest(
        @JsonProperty("format") String format,
        @JsonProperty("format_version") int formatVersion,
        @JsonProperty("upright_version") String uprightVersion,
        @JsonProperty("schema_version") String schemaVersion,
        @JsonProperty("database") String database,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("tables") List<Entry> tables) {

    public static final String FORMAT = "upright-backup";
    /** The format this build writes and the newest it reads; raise it when entries change their meaning. */
    public static final int FORMAT_VERSION = 1;
    public static final String NAME = "manifest.json";

    /**
     * One table in the backup.
     *
     * @param name    the table's name
     * @param entry   the zip entry holding its rows, one JSON array per line in the order of {@code columns}
     * @param columns its columns
     * @param rows    how many rows (lines) the entry holds
     * @param sha256  the SHA-256 of the entry's bytes, hex
     */
    public record Entry(
            @JsonProperty("name") String name,
            @JsonProperty("entry") String entry,
            @JsonProperty("columns") List<EntryColumn> columns,
            @JsonProperty("rows") long rows,
            @JsonProperty("sha256") String sha256) {
    }

    /** A column's name and the type the source database gave it (for people; values carry their own JSON type). */
    public record EntryColumn(@JsonProperty("name") String name, @JsonProperty("type") String type) {
    }
}
