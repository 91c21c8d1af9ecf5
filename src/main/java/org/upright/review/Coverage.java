package org.upright.review;

import java.util.ArrayList;
import java.util.List;
import org.upright.i18n.Ui;

/**
 * Which Working Group sessions the record holds reviews of, said as runs ("sessions 1–24 (2008–2016) and 34
 * (2019)"), so that nobody takes a gap in the record for a state that received no recommendations.
 */
public record Coverage(List<Session> sessions) {
    public Coverage {
        sessions = sessions.stream().sorted(java.util.Comparator.comparingInt(Session::number)).toList();
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** "sessions 1–24 (2008–2016) and 34 (2019)", "session 20 (2014)", or "no session", in the reader's language. */
    public String describe() {
        if (sessions.isEmpty()) return Ui.text("coverage.none");
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sessions.size(); i++) {
            if (i == sessions.size() || sessions.get(i).number() != sessions.get(i - 1).number() + 1) {
                runs.add(run(sessions.get(start), sessions.get(i - 1)));
                start = i;
            }
        }
        return Ui.text("coverage.sessions", sessions.size(), Ui.and(runs));
    }

    private static String run(Session first, Session last) {
        if (first.number() == last.number()) return first.number() + " (" + first.year() + ")";
        String years = first.year() == last.year() ? String.valueOf(first.year()) : first.year() + "–" + last.year();
        return first.number() + "–" + last.number() + " (" + years + ")";
    }
}
