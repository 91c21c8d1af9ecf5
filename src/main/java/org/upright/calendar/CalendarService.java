package org.upright.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.review.Review;
import org.upright.review.ReviewService;
import org.upright.review.Session;
import org.upright.state.StateLookup;

/**
 * The review calendar: each state's reviews held in the record, those a schedule confirms, and — where neither
 * reaches today — the ones expected from the order of reviews, up to the first still to come.
 */
public final class CalendarService {
    /** Expected reviews derived beyond the last known one at most: enough to pass from 2008 to the 2050s. */
    private static final int MAX_DERIVED = 12;

    private final ReviewService reviews;
    private final ScheduleStore schedule;
    private final StateLookup states;
    private final ChangeEvents events;
    private final Clock clock;

    public CalendarService(ReviewService reviews, ScheduleStore schedule, StateLookup states, ChangeEvents events, Clock clock) {
        this.reviews = reviews;
        this.schedule = schedule;
        this.states = states;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The state's reviews, past and the next to come, by session. */
    public List<CalendarEntry> ofState(StateCode state) {
        return entries(state, reviews.reviewsOf(state), schedule.ofState(state), reviews.sessions());
    }

    /** Every state's reviews, by first day (reviews known only by year last within it). */
    public List<CalendarEntry> all() {
        Map<StateCode, List<Review>> held = new HashMap<>();
        for (Review r : reviews.all()) held.computeIfAbsent(r.state(), s -> new ArrayList<>()).add(r);
        Map<StateCode, List<ScheduledReview>> confirmed = new HashMap<>();
        for (ScheduledReview s : schedule.all()) confirmed.computeIfAbsent(s.state(), x -> new ArrayList<>()).add(s);
        List<Session> sessions = reviews.sessions();
        List<CalendarEntry> all = new ArrayList<>();
        TreeSet<StateCode> known = new TreeSet<>(held.keySet());
        known.addAll(confirmed.keySet());
        for (StateCode state : known) {
            all.addAll(entries(state, held.getOrDefault(state, List.of()), confirmed.getOrDefault(state, List.of()), sessions));
        }
        all.sort(CHRONOLOGICAL);
        return all;
    }

    /** For each state the calendar knows, its next review (or the one under way), soonest first. */
    public List<CalendarEntry> upcoming() {
        LocalDate today = today();
        Map<String, CalendarEntry> next = new TreeMap<>();
        for (CalendarEntry e : all()) {
            if (e.upcoming(today)) next.putIfAbsent(e.state().code(), e);
        }
        return next.values().stream().sorted(CHRONOLOGICAL).toList();
    }

    /** Reads a schedule file and saves every review it confirms, or nothing when any line is wrong. */
    public int importSchedule(Viewer viewer, String text, String source) {
        requireEditor(viewer);
        List<ScheduledReview> read = new ScheduleFile(states, reviews.sessions()).read(text, source);
        schedule.saveAll(read);
        events.publish(Audited.of(viewer, "calendar.import", source, Map.of("reviews", read.size())));
        return read.size();
    }

    /**
     * An editor confirms a state's review day and deadlines, typed by field name ({@code session}, {@code review_date},
     * {@code stakeholders_due}, {@code national_report_due}, {@code adoption}); the problems by field, empty when saved.
     */
    public Map<String, String> confirm(Viewer viewer, StateCode state, Map<String, String> typed) {
        requireEditor(viewer);
        Map<String, String> fields = new HashMap<>(typed);
        fields.put(ScheduleLine.STATE, state.value());
        ScheduleLine.Checked checked = new ScheduleLine(states, reviews.sessions()).check(fields, "editor " + viewer.name());
        if (checked.review() == null) return checked.problems();
        ScheduledReview review = checked.review();
        schedule.saveAll(List.of(review));
        events.publish(Audited.of(viewer, "calendar.confirm", "review/" + review.state() + "/" + review.session(),
                Map.of("review_on", String.valueOf(review.reviewOn()))));
        return Map.of();
    }

    private static void requireEditor(Viewer viewer) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed("Only editors change the review calendar; ask an admin for the editor role.");
    }

    private static final Comparator<CalendarEntry> CHRONOLOGICAL = Comparator
            .comparing((CalendarEntry e) -> e.session().number())
            .thenComparing(e -> e.firstDay(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.state().name());

    private List<CalendarEntry> entries(StateCode state, List<Review> held, List<ScheduledReview> confirmed, List<Session> sessions) {
        Map<Integer, ScheduledReview> days = new HashMap<>();
        confirmed.forEach(s -> days.put(s.session(), s));
        TreeMap<Integer, CalendarEntry.Status> known = new TreeMap<>();
        confirmed.forEach(s -> known.put(s.session(), CalendarEntry.Status.SCHEDULED));
        held.forEach(r -> known.put(r.session().number(), CalendarEntry.Status.HELD));
        List<CalendarEntry> entries = new ArrayList<>();
        known.forEach((session, status) -> entries.add(entry(state, ReviewOrder.session(session, sessions), status, days.get(session))));
        if (entries.isEmpty()) return entries;
        LocalDate today = today();
        for (int i = 0; i < MAX_DERIVED && !entries.getLast().upcoming(today); i++) {
            int next = ReviewOrder.next(entries.getLast().session().number());
            entries.add(entry(state, ReviewOrder.session(next, sessions), CalendarEntry.Status.EXPECTED, null));
        }
        return entries;
    }

    private CalendarEntry entry(StateCode state, Session session, CalendarEntry.Status status, ScheduledReview given) {
        LocalDate reviewOn = given == null ? null : given.reviewOn();
        CalendarEntry bare = new CalendarEntry(states.ref(state), session, reviewOn, status, List.of());
        return new CalendarEntry(bare.state(), session, reviewOn, status, Deadlines.around(bare.firstDay(), given));
    }
}
