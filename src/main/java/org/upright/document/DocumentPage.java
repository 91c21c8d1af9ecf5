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
public record DocumentPage(Document item, StateRef state, List<Piece> pieces, List<Entry> entries, Attempt attempt) {
    /**
     * A decision on one item that could not be made: what the editor typed (field → value, kept in the form) and
     * what was wrong, by field ("" for what concerns the whole item).
     */
    public record Attempt(long itemId, Map<String, String> typed, Map<String, String> problems) {
    }

    DocumentPage withAttempt(Attempt a) {
        return new DocumentPage(item, state, pieces, entries, a);
    }

    /** The value the field shows: what was typed in a refused attempt on this item, else {@code otherwise}. */
    public String typed(long itemId, String field, String otherwise) {
        return attempt != null && attempt.itemId() == itemId && attempt.typed().containsKey(field) ? attempt.typed().get(field) : otherwise;
    }

    /** What was wrong with the field in a refused attempt on this item; null when nothing. */
    public String problem(long itemId, String field) {
        return attempt != null && attempt.itemId() == itemId ? attempt.problems().get(field) : null;
    }

    /** True when the corrections of this item were refused: its form opens again. */
    public boolean refused(long itemId) {
        return attempt != null && attempt.itemId() == itemId;
    }

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

        /** The draft's value of a field, as a correction form shows it ("" when it has none). */
        public String field(String name) {
            if (name.equals("recommendations")) {
                return String.join(", ", recommendations.stream().map(r -> String.valueOf(r.get("id"))).toList());
            }
            Object v = DraftItems.read(item.data()).get(name);
            return v == null ? "" : String.valueOf(v);
        }
    }

    static DocumentPage of(Document d, StateRef state, List<DraftItem> items, java.util.function.LongFunction<String> recommendationText) {
        return new DocumentPage(d, state, pieces(d.text(), items), entries(items, recommendationText), null);
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
