package org.upright.backup;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A table as the database's catalogue describes it.
 *
 * @param name    its name, spelt as the catalogue spells it
 * @param columns its columns in catalogue order
 * @param parents the tables its foreign keys point to (itself left out), which must be filled before it
 */
public record Table(String name, List<Column> columns, Set<String> parents) {
    public Table {
        columns = List.copyOf(columns);
        parents = Set.copyOf(parents);
    }

    /** Names compare without case: PostgreSQL folds unquoted names to lower case, SQLite keeps them as written. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
