package org.upright.calendar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upright.state.State;
import org.upright.state.StateLookup;
import org.upright.web.Auth;
import org.upright.web.NotFound;
import org.upright.web.SiteAddress;
import org.upright.web.Require;
import org.upright.web.Templates;

/** The review calendar: what comes next for each state, each state's reviews, and iCalendar feeds of both. */
public final class CalendarRoutes {
    static final String ICS = "text/calendar; charset=utf-8";
    private static final List<String> FORM_FIELDS = List.of(ScheduleLine.SESSION, ScheduleLine.REVIEW_DATE,
            ScheduleLine.STAKEHOLDERS, ScheduleLine.NATIONAL, ScheduleLine.ADOPTION);

    private final CalendarService calendar;
    private final StateLookup states;

    private CalendarRoutes(CalendarService calendar, StateLookup states) {
        this.calendar = calendar;
        this.states = states;
    }

    public static void register(RoutesConfig routes, CalendarService calendar, StateLookup states) {
        CalendarRoutes r = new CalendarRoutes(calendar, states);
        routes.get("/calendar", r::upcoming);
        routes.get("/calendar.ics", r::allFeed);
        routes.get("/calendar/{code}", r::ofState);
        routes.post("/calendar/{code}", r::confirm, Require.EDITOR);
        routes.get("/states/{code}/calendar.ics", r::stateFeed);
    }

    private void upcoming(Context ctx) {
        Templates.html(ctx, "calendar/upcoming.jte", CalendarPage.of(calendar.upcoming(), calendar.today()));
    }

    private void ofState(Context ctx) {
        State state = state(ctx);
        Templates.html(ctx, "calendar/state.jte", page(state, Map.of(), Map.of()));
    }

    private void confirm(Context ctx) {
        State state = state(ctx);
        Map<String, String> typed = new HashMap<>();
        for (String field : FORM_FIELDS) typed.put(field, ctx.formParam(field) == null ? "" : ctx.formParam(field));
        Map<String, String> problems = calendar.confirm(Auth.viewer(ctx), state.code(), typed);
        if (problems.isEmpty()) {
            ctx.redirect("/calendar/" + state.code(), HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.BAD_REQUEST);
            Templates.html(ctx, "calendar/state.jte", page(state, typed, problems));
        }
    }

    private StateCalendarPage page(State state, Map<String, String> typed, Map<String, String> problems) {
        return StateCalendarPage.of(states.ref(state.code()), calendar.ofState(state.code()), calendar.today(), typed, problems);
    }

    private void allFeed(Context ctx) {
        ctx.contentType(ICS).result(IcsFeed.write("UPR reviews", calendar.all(), SiteAddress.of(ctx)));
    }

    private void stateFeed(Context ctx) {
        State state = state(ctx);
        ctx.contentType(ICS).result(IcsFeed.write("UPR reviews of " + state.name(), calendar.ofState(state.code()), SiteAddress.of(ctx)));
    }

    private State state(Context ctx) {
        String asked = ctx.pathParam("code");
        return states.find(asked).orElseThrow(() -> new NotFound("No state is known by the code or name '" + asked + "'."));
    }

}
