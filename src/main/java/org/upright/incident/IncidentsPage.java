package org.upright.incident;

import java.util.List;
import org.upright.state.StateLookup;
import org.upright.state.StateRef;

/** The incidents a viewer may see, or one of them with the recommendations it bears on. */
public record IncidentsPage(List<Row> rows, StateRef state) {
    public record Row(Incident item, StateRef state) {
        public String url() {
            return "/incidents/" + item.id();
        }

        public String count() {
            if (item.countText() == null) return "";
            String range = item.countMin() == null ? "" : " (" + item.countMin() + (item.countMax() == null ? "+" : item.countMax().equals(item.countMin()) ? "" : "–" + item.countMax()) + ")";
            return item.countText() + range;
        }

        public String when() {
            return item.dateTo() == null ? item.dateFrom() : item.dateFrom() + " – " + item.dateTo();
        }
    }

    /** One incident with the recommendations it bears on, each with its text and the search score. */
    public record One(Row row, List<Linked> recommendations) {
    }

    /** A linked recommendation as the page shows it. */
    public record Linked(long id, String text, double score) {
        public String shownScore() {
            return String.valueOf(Math.round(score * 100) / 100.0);
        }
    }

    static IncidentsPage of(List<Incident> found, StateRef state, StateLookup states) {
        return new IncidentsPage(found.stream().map(i -> row(i, states)).toList(), state);
    }

    static Row row(Incident i, StateLookup states) {
        return new Row(i, i.state() == null ? null : states.ref(i.state()));
    }
}
