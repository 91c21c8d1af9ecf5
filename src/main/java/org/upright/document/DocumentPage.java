package org.upright.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.upright.state.StateRef;

/**
 * One document as its viewer may see it: the clean text cut into pieces, each extracted item marked in place
 * (where items overlap, the first and longest is marked), and the draft items grouped by kind with their links.
 */
public record DocumentPage(Document item, StateRef state, List<Piece> pieces, List<Entry> entries) {
    /** A run of text; {@code kind} and {@code itemId} set when it is an item's span. */
    public record Piece(String text, String kind, long itemId) {
        public boolean marked() {
            return kind != null;
        }
    }

    /** A draft item with what the page shows of it: its fields and linked recommendations. */
    public record Entry(DraftItem item, List<Map<String, Object>> recommendations, String caseUrl) {
        public String anchor() {
            return "item-" + item.id();
        }
    }

    static DocumentPage of(Document d, StateRef state, List<DraftItem> items, java.util.function.LongFunction<String> recommendationText) {
        return new DocumentPage(d, state, pieces(d.text(), items), entries(items, recommendationText));
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(List<DraftItem> items, java.util.function.LongFunction<String> recommendationText) {
        List<Entry> entries = new ArrayList<>();
        for (DraftItem i : items) {
            Map<String, Object> data = DraftItems.read(i.data());
            List<Map<String, Object>> recs = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) data.getOrDefault("recommendations", List.of())) {
                Map<String, Object> shown = new java.util.LinkedHashMap<>(r);
                shown.put("text", recommendationText.apply(((Number) r.get("id")).longValue()));
                recs.add(shown);
            }
            Object c = data.get("case");
            entries.add(new Entry(i, recs, c instanceof Number n ? "/cases/" + n.longValue() : null));
        }
        return entries;
    }

    static List<Piece> pieces(String text, List<DraftItem> items) {
        List<DraftItem> spans = new ArrayList<>(items.stream().filter(i -> !i.status().equals("rejected") && i.end() <= text.length()).toList());
        spans.sort(Comparator.comparingInt(DraftItem::start).thenComparing(i -> -(i.end() - i.start())));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (DraftItem i : spans) {
            if (i.start() < at) continue;
            if (i.start() > at) pieces.add(new Piece(text.substring(at, i.start()), null, 0));
            pieces.add(new Piece(text.substring(i.start(), i.end()), i.kind(), i.id()));
            at = i.end();
        }
        if (at < text.length()) pieces.add(new Piece(text.substring(at), null, 0));
        return pieces;
    }
}
