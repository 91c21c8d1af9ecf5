package org.upright.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a backup wrote; also the event announced after it (an audit log can record it).
 *
 * @param file          the backup file
 * @param schemaVersion the schema version of the record it holds
 * @param rows          rows per table, in restore order
 * @param bytes         the size of the file
 */
public record BackupSummary(Path file, String schemaVersion, Map<String, Long> rows, long bytes) {
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
