package org.upright.audit;

import java.util.List;
import java.util.function.Consumer;
import org.upright.common.Page;
import org.upright.common.PageRequest;

/**
 * Where the audit log lives. It only grows: this contract has no way to change or remove a row, the database
 * refuses both with triggers, and ArchitectureTest checks that no class of this package asks for either.
 */
public interface AuditStore {
    void append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> find(AuditFilter filter, PageRequest page);

    /** Every matching row, oldest first, a batch at a time (for the export). */
    void forEach(AuditFilter filter, Consumer<AuditEntry> row);

    /** The distinct actions logged so far, for the filter's choices. */
    List<String> actions();
}
