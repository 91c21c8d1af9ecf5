package org.upright.backup;

/**
 * A column as the database's catalogue describes it.
 *
 * @param name     the column's name
 * @param jdbcType its type as a java.sql.Types number, which says how values are read and bound
 * @param typeName the database's own name of the type (kept in the manifest for people reading it)
 */
public record Column(String name, int jdbcType, String typeName) {
}
