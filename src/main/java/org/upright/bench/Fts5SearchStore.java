package org.upright.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.upright.recommendation.Response;
import org.upright.search.Facet;
import org.upright.search.FacetValue;

/**
 * One client's connection to the FTS5 database, doing for a query what the Lucene search does: the hits are
 * gathered once into a temporary table (MATCH plus the filters), the total is its size, every facet is a GROUP BY
 * over it, and the page is the top hits by FTS5's bm25 rank with the matched words highlighted. A query without
 * words needs no MATCH: its total and facets are GROUP BYs over the filtered table, its page the newest first. With
 * {@code sideways} a facet that is filtered on is counted over the hits of the other filters only, so that its
 * other values show their counts (as a faceted search page needs, and as the Lucene side does); a field:value
 * typed in the query is part of the query and restricts every facet, as on the Lucene side.
 * Not thread-safe: one per client thread.
 */
final class Fts5SearchStore implements AutoCloseable {
    /** What one search found: the total, the ids of the page, the values with counts of every facet. */
    record Found(long total, List<Long> page, Map<Facet, List<FacetValue>> facets) {
    }

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Fts5SearchStore(Path file) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            // as generous as the Lucene side: its index is memory-mapped and the OS caches it
            s.execute("PRAGMA cache_size = -262144");
            s.execute("PRAGMA mmap_size = 4294967296");
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY)");
            s.execute("CREATE TEMP TABLE side (id INTEGER PRIMARY KEY)");
        }
    }

    /** A condition on {@code rec r} with its parameters; "1" when nothing is filtered. */
    private record Where(String sql, List<Object> params) {
        boolean none() {
            return sql.equals("1");
        }
    }

    /**
     * Runs an FTS5 MATCH expression (null: every recommendation). {@code fields} are the field:value parts of the
     * query, which restrict every count; {@code filters} are the ticked facet values, counted sideways when asked.
     * Both hold values already resolved to what the tables store.
     */
    Found search(String match, Map<Facet, List<String>> fields, Map<Facet, List<String>> filters, Set<Facet> facets,
                 boolean sideways, int size) throws SQLException {
        Where all = where(fields, filters, null);
        Map<Facet, List<FacetValue>> counts = new EnumMap<>(Facet.class);
        long total;
        if (match != null) {
            total = fill("hits", match, all);
            for (Facet f : facets) {
                String table = "hits";
                if (sideways && filters.containsKey(f)) {
                    fill("side", match, where(fields, filters, f));
                    table = "side";
                }
                counts.put(f, countHits(table, f, filters.getOrDefault(f, List.of())));
            }
        } else {
            // no words: count straight from the tables, which their indexes answer without a hits table
            total = scalar("SELECT count(*) FROM rec r WHERE " + all.sql, all.params);
            for (Facet f : facets) {
                Where w = sideways && filters.containsKey(f) ? where(fields, filters, f) : all;
                counts.put(f, countWhere(w, f, filters.getOrDefault(f, List.of())));
            }
        }
        return new Found(total, match != null ? page(match, !all.none(), size) : page(all, size), counts);
    }

    private static Where where(Map<Facet, List<String>> fields, Map<Facet, List<String>> filters, Facet leftOut) {
        List<Object> params = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        fields.forEach((facet, values) -> conditions.add(condition(facet, values, params)));
        filters.forEach((facet, values) -> {
            if (facet != leftOut) conditions.add(condition(facet, values, params));
        });
        return new Where(conditions.isEmpty() ? "1" : String.join(" AND ", conditions), params);
    }

    /** Puts the ids of the matches into the temporary table; returns how many there are. */
    private long fill(String table, String match, Where where) throws SQLException {
        exec("DELETE FROM " + table);
        String sql = where.none()
                ? "INSERT INTO " + table + " (id) SELECT rowid FROM rec_fts WHERE rec_fts MATCH ?"
                : "INSERT INTO " + table + " (id) SELECT r.id FROM rec_fts JOIN rec r ON r.id = rec_fts.rowid"
                  + " WHERE rec_fts MATCH ? AND " + where.sql;
        List<Object> params = new ArrayList<>(List.of(match));
        params.addAll(where.params);
        PreparedStatement ps = prepared(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    private static String condition(Facet facet, List<String> values, List<Object> params) {
        String marks = String.join(", ", values.stream().map(v -> "?").toList());
        String column = Fts5Store.COLUMNS.get(facet.id());
        if (column == null) params.add(facet.id());
        values.forEach(v -> params.add(normalise(facet, v)));
        if (column != null) return "r." + column + " IN (" + marks + ")";
        return "r.id IN (SELECT rec_id FROM rec_facet WHERE facet = ? AND value IN (" + marks + "))";
    }

    /** Filter values as the FTS5 tables hold them: response labels, kind words, numbers as numbers. */
    private static Object normalise(Facet facet, String value) {
        return switch (facet) {
            case RESPONSE -> Response.parse(value).map(Response::label).orElse(value);
            case KIND -> value.toLowerCase(Locale.ROOT).startsWith("pledge") ? "pledge" : "recommendation";
            case CYCLE, SESSION, YEAR, CATEGORY -> value.matches("\\d+") ? Integer.valueOf(value) : value;
            default -> value; // text columns compare without case
        };
    }

    /** A facet's values over the hits in a temporary table. */
    private List<FacetValue> countHits(String table, Facet facet, List<String> selected) throws SQLException {
        String column = Fts5Store.COLUMNS.get(facet.id());
        // "id IN (hits)" lets SQLite walk the hits and look each one up; written as a join, it scans the whole
        // facet index instead (a temporary table has no statistics), which costs the same for 10 hits as for 10,000
        String sql = column != null
                ? "SELECT r." + column + ", count(*) FROM rec r WHERE r.id IN (SELECT id FROM " + table + ")"
                  + " GROUP BY +r." + column + " ORDER BY 2 DESC, 1"
                : "SELECT f.value, count(*) FROM rec_facet f WHERE f.rec_id IN (SELECT id FROM " + table + ")"
                  + " AND f.facet = ? GROUP BY 1 ORDER BY 2 DESC, 1";
        return values(sql, column != null ? List.of() : List.of(facet.id()), selected);
    }

    /** A facet's values over the recommendations the filters select. */
    private List<FacetValue> countWhere(Where w, Facet facet, List<String> selected) throws SQLException {
        String column = Fts5Store.COLUMNS.get(facet.id());
        List<Object> params = new ArrayList<>();
        String sql;
        if (column != null) {
            // "+": grouping along the column's index looks up every row of the table to test the filter
            sql = "SELECT r." + column + ", count(*) FROM rec r WHERE " + w.sql
                    + " GROUP BY " + (w.none() ? "1" : "+r." + column) + " ORDER BY 2 DESC, 1";
            params.addAll(w.params);
        } else {
            params.add(facet.id());
            params.addAll(w.params);
            sql = "SELECT f.value, count(*) FROM rec_facet f WHERE f.facet = ?"
                    + (w.none() ? "" : " AND f.rec_id IN (SELECT r.id FROM rec r WHERE " + w.sql + ")")
                    + " GROUP BY 1 ORDER BY 2 DESC, 1";
        }
        return values(sql, params, selected);
    }

    private List<FacetValue> values(String sql, List<Object> params, List<String> selected) throws SQLException {
        PreparedStatement ps = prepared(sql);
        bind(ps, params);
        List<FacetValue> values = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String value = rs.getString(1);
                if (value == null) continue; // no response, no action category: not a value of the facet
                values.add(new FacetValue(value, rs.getLong(2), selected.stream().anyMatch(value::equalsIgnoreCase)));
            }
        }
        return values;
    }

    private long scalar(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = prepared(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The page of a query with words: best bm25 rank first, matched words highlighted. */
    private List<Long> page(String match, boolean filtered, int size) throws SQLException {
        String sql = "SELECT rec_fts.rowid, highlight(rec_fts, 0, '<mark>', '</mark>'), r.sur, r.session, r.response"
                + " FROM rec_fts JOIN rec r ON r.id = rec_fts.rowid WHERE rec_fts MATCH ?"
                // "+": a bare rowid IN (…) would be handed to FTS5, which then runs the MATCH once per hit
                + (filtered ? " AND +rec_fts.rowid IN (SELECT id FROM hits)" : "") + " ORDER BY rank LIMIT ?";
        return page(sql, List.of(match, size));
    }

    /** The page of a query without words: newest session first, as the Lucene side orders it. */
    private List<Long> page(Where w, int size) throws SQLException {
        List<Object> params = new ArrayList<>(w.params);
        params.add(size);
        return page("SELECT r.id, r.text, r.sur, r.session, r.response FROM rec r WHERE " + w.sql
                + " ORDER BY r.session DESC, r.sur LIMIT ?", params);
    }

    private List<Long> page(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = prepared(sql);
        bind(ps, params);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                rs.getString(2); // the text is read, as a result page shows it
            }
        }
        if (!ids.isEmpty()) pageFacets(ids);
        return ids;
    }

    /** The recommending states and labels of the page's hits, as a result list shows them. */
    private void pageFacets(List<Long> ids) throws SQLException {
        String marks = String.join(", ", ids.stream().map(i -> "?").toList());
        PreparedStatement ps = prepared("SELECT rec_id, facet, value FROM rec_facet WHERE rec_id IN (" + marks + ")");
        bind(ps, new ArrayList<>(ids));
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) rs.getString(3);
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    }

    private void exec(String sql) throws SQLException {
        prepared(sql).executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) ps.close();
        c.close();
    }
}
