package org.upright.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;
import org.upright.store.Database;

/**
 * The tables of SQLite or PostgreSQL through plain JDBC: the catalogue (DatabaseMetaData) names the tables,
 * their columns and foreign keys, so tables added by later migrations are included without a change here.
 */
public final class JdbcTableStore implements TableStore {
    private static final int BATCH = 1_000;
    private final Database db;

    public JdbcTableStore(Database db) {
        this.db = db;
    }

    private boolean postgres() {
        return db.dialect() == SQLDialect.POSTGRES;
    }

    @Override
    public List<Table> tables() {
        try (Connection c = db.connection()) {
            return tables(c);
        } catch (SQLException e) {
            throw new BackupException("cannot read the tables of " + db.description() + ": " + e.getMessage(), e);
        }
    }

    private List<Table> tables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = postgres() ? c.getSchema() : null;
        Map<String, Table> byKey = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String key = name.toLowerCase(Locale.ROOT);
                if (key.startsWith("sqlite_") || key.equals(Database.MIGRATION_HISTORY_TABLE)) continue;
                byKey.put(key, new Table(name, columns(meta, schema, name), parents(meta, schema, name)));
            }
        }
        return parentsFirst(byKey);
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
            }
        }
        return columns;
    }

    private static Set<String> parents(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> parents = new HashSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(table.toLowerCase(Locale.ROOT))) parents.add(parent);
            }
        }
        return parents;
    }

    /** Orders tables so that every table comes after the tables it refers to (alphabetical among equals). */
    static List<Table> parentsFirst(Map<String, Table> byKey) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < byKey.size()) {
            boolean progress = false;
            for (Table t : byKey.values()) {
                if (placed.contains(t.key())) continue;
                boolean ready = t.parents().stream().allMatch(p -> placed.contains(p) || !byKey.containsKey(p));
                if (ready) {
                    ordered.add(t);
                    placed.add(t.key());
                    progress = true;
                }
            }
            if (!progress) {
                // a cycle of foreign keys: no order satisfies it, and restoring it will say which key failed
                byKey.values().stream().filter(t -> !placed.contains(t.key())).forEach(t -> {
                    ordered.add(t);
                    placed.add(t.key());
                });
            }
        }
        return ordered;
    }

    @Override
    public Map<String, Long> rowCounts() {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Table t : tables(c)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(t.name()))) {
                    rs.next();
                    counts.put(t.key(), rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new BackupException("cannot count the rows of " + db.description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void readSnapshot(SnapshotReader reader) throws IOException {
        try (Connection c = db.snapshotConnection()) {
            try {
                for (Table t : tables(c)) reader.table(t, visitor -> readRows(c, t, visitor));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new BackupException("cannot read " + db.description() + ": " + e.getMessage(), e);
        }
    }

    private void readRows(Connection c, Table t, RowVisitor visitor) throws IOException {
        String columns = t.columns().stream().map(col -> quote(col.name())).collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.setFetchSize(BATCH); // PostgreSQL streams instead of loading the table whole
            try (ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + quote(t.name()))) {
                int n = t.columns().size();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) row[i] = read(rs, i + 1, t.columns().get(i));
                    visitor.row(row);
                }
            }
        } catch (SQLException e) {
            throw new BackupException("cannot read the table " + t.name() + ": " + e.getMessage(), e);
        }
    }

    /** A value as one of the neutral types of {@link RowVisitor}, whatever the driver hands out. */
    private static Object read(ResultSet rs, int i, Column col) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) return null;
        // SQLite keeps a BOOLEAN column's values as 0 and 1 and its driver reports the column as a number
        if (isBoolean(col)) return v instanceof Boolean b ? b : rs.getLong(i) != 0;
        return switch (col.jdbcType()) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> v instanceof String s ? s : rs.getObject(i, OffsetDateTime.class).toString();
            case Types.TIMESTAMP -> v instanceof String s ? s : rs.getTimestamp(i).toLocalDateTime().toString();
            case Types.DATE -> v instanceof String s ? s : rs.getDate(i).toLocalDate().toString();
            case Types.TIME -> v instanceof String s ? s : rs.getTime(i).toLocalTime().toString();
            default -> switch (v) {
                case Integer n -> n.longValue();
                case Short n -> n.longValue();
                case Byte n -> n.longValue();
                case Float f -> f.doubleValue();
                case Long n -> n;
                case Double d -> d;
                case BigDecimal d -> d;
                case Boolean b -> b;
                case byte[] bytes -> bytes;
                case String s -> s;
                default -> v.toString();
            };
        };
    }

    @Override
    public void replaceAll(List<Incoming> incoming) throws IOException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                List<Table> all = tables(c);
                try (Statement s = c.createStatement()) {
                    for (Table t : all.reversed()) s.executeUpdate("DELETE FROM " + quote(t.name()));
                }
                for (Incoming in : incoming) insert(c, in);
                if (postgres()) resetIdentities(c, all);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException("the restore failed and nothing of it was kept: " + e.getMessage(), e);
        }
    }

    private void insert(Connection c, Incoming in) throws SQLException, IOException {
        Map<String, Column> targetColumns = new LinkedHashMap<>();
        for (Column col : in.table().columns()) targetColumns.put(col.name().toLowerCase(Locale.ROOT), col);
        List<Column> columns = new ArrayList<>();
        for (String name : in.columns()) {
            Column col = targetColumns.get(name.toLowerCase(Locale.ROOT));
            if (col == null) throw new BackupException("the table " + in.table().name() + " has no column " + name);
            columns.add(col);
        }
        String sql = "INSERT INTO " + quote(in.table().name()) + " ("
                + columns.stream().map(col -> quote(col.name())).collect(Collectors.joining(", ")) + ")"
                // ids are kept as they were, also in columns that PostgreSQL would otherwise number itself
                + (postgres() ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int[] pending = {0};
            in.rows().forEach(row -> {
                try {
                    for (int i = 0; i < columns.size(); i++) ps.setObject(i + 1, bindable(row[i], columns.get(i)));
                    ps.addBatch();
                    if (++pending[0] == BATCH) {
                        ps.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException("table " + in.table().name() + ": " + e.getMessage(), e));
                }
            });
            if (pending[0] > 0) ps.executeBatch();
        } catch (UncheckedIOException e) {
            throw new BackupException("the restore failed and nothing of it was kept: " + e.getCause().getMessage(), e);
        }
    }

    /** A neutral value turned into what the target column takes (a SQLite 1 into a PostgreSQL boolean, …). */
    static Object bindable(Object v, Column col) {
        if (v == null) return null;
        if (isBoolean(col)) {
            return switch (v) {
                case Boolean b -> b;
                case Number n -> n.longValue() != 0;
                default -> Boolean.parseBoolean(v.toString()) || v.toString().equals("1");
            };
        }
        return switch (col.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT ->
                    switch (v) {
                        case Number n -> n.longValue();
                        case Boolean b -> b ? 1L : 0L;
                        default -> Long.parseLong(v.toString().trim());
                    };
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
            case Types.NUMERIC, Types.DECIMAL -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
            case Types.DATE -> LocalDate.parse(v.toString());
            case Types.TIME -> LocalTime.parse(v.toString());
            case Types.TIMESTAMP -> LocalDateTime.parse(v.toString().replace(' ', 'T'));
            case Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.parse(v.toString().replace(' ', 'T'));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    v instanceof byte[] b ? b : Base64.getDecoder().decode(v.toString());
            default -> v instanceof Number || v instanceof Boolean ? v.toString() : v;
        };
    }

    private static boolean isBoolean(Column col) {
        return col.jdbcType() == Types.BOOLEAN || col.jdbcType() == Types.BIT
                || "boolean".equalsIgnoreCase(col.typeName()) || "bool".equalsIgnoreCase(col.typeName());
    }

    /** Identity and serial columns continue after the highest id restored, so the next insert does not collide. */
    private static void resetIdentities(Connection c, List<Table> tables) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)");
             Statement s = c.createStatement()) {
            for (Table t : tables) {
                for (Column col : t.columns()) {
                    find.setString(1, quote(t.name()));
                    find.setString(2, col.name());
                    String sequence;
                    try (ResultSet rs = find.executeQuery()) {
                        sequence = rs.next() ? rs.getString(1) : null;
                    }
                    if (sequence == null) continue;
                    try (ResultSet rs = s.executeQuery("SELECT setval('" + sequence.replace("'", "''") + "', COALESCE((SELECT max("
                            + quote(col.name()) + ") FROM " + quote(t.name()) + "), 0) + 1, false)")) {
                        rs.next();
                    }
                }
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
