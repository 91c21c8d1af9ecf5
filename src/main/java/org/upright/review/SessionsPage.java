package org.upright.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every Working Group session by cycle, with how many of its reviews the record holds. */
public record SessionsPage(List<CycleSessions> cycles) {

    public record CycleSessions(int cycle, String years, List<SessionRow> sessions) {
    }

    public record SessionRow(Session session, long reviews) {
        public String url() {
            return "/sessions/" + session.number();
        }
    }

    public static SessionsPage of(List<Session> sessions, Map<Integer, Long> reviewsPerSession) {
        Map<Integer, List<SessionRow>> byCycle = new LinkedHashMap<>();
        for (Session s : sessions) {
            byCycle.computeIfAbsent(s.cycle(), c -> new ArrayList<>())
                    .add(new SessionRow(s, reviewsPerSession.getOrDefault(s.number(), 0L)));
        }
        List<CycleSessions> cycles = new ArrayList<>();
        byCycle.forEach((cycle, rows) -> {
            int from = rows.getFirst().session().year();
            int to = rows.getLast().session().year();
            cycles.add(new CycleSessions(cycle, from == to ? "" + from : from + "–" + to, rows));
        });
        return new SessionsPage(cycles);
    }
}
