package org.upright.calendar;

import java.util.List;
import org.upright.review.Session;

/**
 * Where a state's next review falls when no schedule says so. The Council reviews states in the same order every
 * cycle: from cycle 2 on each cycle has 14 sessions of 14 states, so the next review is 14 sessions after the last
 * (Kazakhstan: 20, 34, 48). Cycle 1 had 12 sessions of 16 states; a state's place in that order, taken at the middle
 * of its session, falls in the cycle-2 session holding the same place (Kazakhstan 7 → 20, Algeria 1 → 13).
 */
public final class ReviewOrder {
    static final int CYCLE_ONE_SESSIONS = 12;
    static final int CYCLE_ONE_STATES_PER_SESSION = 16;
    static final int SESSIONS_PER_CYCLE = 14;

    private ReviewOrder() {
    }

    /** The session of the state's next review after one in {@code session}. */
    public static int next(int session) {
        if (session < 1) throw new IllegalArgumentException("sessions are numbered from 1, was " + session);
        if (session > CYCLE_ONE_SESSIONS) return session + SESSIONS_PER_CYCLE;
        int place = (session - 1) * CYCLE_ONE_STATES_PER_SESSION + CYCLE_ONE_STATES_PER_SESSION / 2;
        return CYCLE_ONE_SESSIONS + 1 + place / SESSIONS_PER_CYCLE;
    }

    /**
     * The session as the calendar holds it, or, beyond the calendar's last session, an estimate: cycles of 14
     * sessions and three sessions a year after the last one the calendar knows, without dates.
     */
    public static Session session(int number, List<Session> known) {
        for (Session s : known) if (s.number() == number) return s;
        Session last = known.getLast();
        if (number < last.number()) throw new IllegalArgumentException("the calendar has no session " + number);
        int cycle = number <= CYCLE_ONE_SESSIONS ? 1 : 2 + (number - CYCLE_ONE_SESSIONS - 1) / SESSIONS_PER_CYCLE;
        int year = last.year() + (number - last.number() + 2) / 3;
        return new Session(number, cycle, year, null, null);
    }
}
