package org.upright.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Cross tables kept while the index holds the same record. Statistics, charts, the network, who to lobby and the
 * brief ask the same few tables again and again (the whole record by recommending state and state under review
 * serves every lobbying ranking), and the record changes only with an import or an edit, which moves the index to
 * a new generation and empties the store. The least recently asked table goes first when it is full.
 */
final class KeptCrossTables {
    private record Key(String query, Map<Facet, List<String>> filters, Facet rows, Facet columns) {
    }

    private final int capacity;
    private final LongSupplier generation;
    private final Map<Key, CrossTable> kept;
    private long keptFor = -1;

    KeptCrossTables(int capacity, LongSupplier generation) {
        this.capacity = capacity;
        this.generation = generation;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CrossTable> eldest) {
                return size() > KeptCrossTables.this.capacity;
            }
        };
    }

    CrossTable get(SearchRequest request, Facet rows, Facet columns, Supplier<CrossTable> work) {
        Key key = new Key(request.query(), request.filters(), rows, columns);
        // read before counting: a table counted while the index moved on is kept under the old generation, never served
        long now = generation.getAsLong();
        synchronized (this) {
            if (keptFor == now) {
                CrossTable table = kept.get(key);
                if (table != null) return table;
            }
        }
        CrossTable table = work.get();
        synchronized (this) {
            if (keptFor != now) {
                if (now < keptFor) return table;
                kept.clear();
                keptFor = now;
            }
            kept.put(key, table);
        }
        return table;
    }
}
