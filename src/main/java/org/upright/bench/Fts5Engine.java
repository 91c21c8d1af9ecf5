package org.upright.bench;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.upright.search.Facet;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * SQLite FTS5 doing the same work as the Lucene side for each query: total, first page of 20 by rank, and the
 * counts of the same facets. Each client thread gets its own connection, as a server would keep a pool.
 */
final class Fts5Engine implements Engine, AutoCloseable {
    private final Path db;
    private final Set<Facet> facets;
    private final boolean sideways;
    private final StateDirectory states;
    private final List<Fts5SearchStore> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Fts5SearchStore> connection = new ThreadLocal<>();

    /** {@code facets} and {@code sideways} as the Lucene side answers, so that both engines count the same. */
    Fts5Engine(Path db, Set<Facet> facets, boolean sideways, StateDirectory states) {
        this.db = db;
        this.facets = facets;
        this.sideways = sideways;
        this.states = states;
    }

    @Override
    public String name() {
        return "FTS5";
    }

    @Override
    public Outcome search(BenchQuery q) throws SQLException {
        Fts5Match m = Fts5Match.of(q.text());
        Fts5SearchStore.Found found = store().search(m.match(), resolved(m.fields()), resolved(q.filters()), facets,
                sideways, LuceneEngine.PAGE);
        return new Outcome(found.total(), found.page().size(), found.facets().size(),
                found.facets().values().stream().mapToInt(List::size).sum());
    }

    /** State names become codes, as the Lucene side resolves them before they reach its index. */
    private Map<Facet, List<String>> resolved(Map<Facet, List<String>> filters) {
        Map<Facet, List<String>> out = new LinkedHashMap<>();
        filters.forEach((f, values) -> {
            if (f != Facet.SUR && f != Facet.RS) {
                out.put(f, values);
                return;
            }
            List<String> codes = new ArrayList<>();
            for (String v : values) codes.add(states.resolve(v).map(State::code).map(c -> c.value()).orElse(v));
            out.put(f, codes);
        });
        return out;
    }

    private Fts5SearchStore store() throws SQLException {
        Fts5SearchStore s = connection.get();
        if (s == null) {
            s = new Fts5SearchStore(db);
            opened.add(s);
            connection.set(s);
        }
        return s;
    }

    @Override
    public void close() throws SQLException {
        for (Fts5SearchStore s : opened) s.close();
    }
}
