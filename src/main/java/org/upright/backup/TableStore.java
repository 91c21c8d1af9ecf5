package org.upright.backup;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads and writes every table of the database generically, as its catalogue describes them. */
public interface TableStore {
    /** Every table but the migration history, parents before the tables that refer to them. */
    List<Table> tables();

    /** How many rows each table holds, by {@link Table#key()}. */
    Map<String, Long> rowCounts();

    /** Hands every table's rows to the reader, all from one snapshot of the database taken in one read transaction. */
    void readSnapshot(SnapshotReader reader) throws IOException;

    /**
     * In one transaction: empties every table, then fills the tables given, in the order given (parents first),
     * and sets identity counters past the highest id. Nothing is changed when anything fails.
     */
    void replaceAll(List<Incoming> incoming) throws IOException;

    /** Called once per table inside the snapshot; {@code rows} reads that table's rows. */
    interface SnapshotReader {
        void table(Table table, RowSource rows) throws IOException;
    }

    /** A stream of rows to read once. */
    interface RowSource {
        void forEach(RowVisitor visitor) throws IOException;
    }

    /**
     * Rows to put into a table.
     *
     * @param table   the target table
     * @param columns the names of the columns the rows give values for, in that order
     * @param rows    the rows
     */
    record Incoming(Table table, List<String> columns, RowSource rows) {
    }
}
