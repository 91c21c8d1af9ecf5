package org.upright.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a restore put back; also the event announced after it.
 *
 * @param file              the backup restored
 * @param backupSchema      the schema version the backup was made at
 * @param schemaAfter       the schema version the database is at now (newer when migrations ran after the restore)
 * @param rows              rows per table
 * @param replacedExisting  whether rows already in the database were replaced (--force)
 */
public record RestoreSummary(Path file, String backupSchema, String schemaAfter, Map<String, Long> rows,
                             boolean replacedExisting) {
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
