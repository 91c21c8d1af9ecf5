package org.upright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.web.Http.form;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.web.Http;
import org.upright.web.SignedIn;

/** The calendar's pages and feeds over HTTP, the feeds read back with an iCalendar parser. */
class CalendarRoutesTest {
    @TempDir
    Path dir;

    private static String day(ICalDate date) {
        var c = date.getRawComponents();
        return "%04d-%02d-%02d".formatted(c.getYear(), c.getMonth(), c.getDate());
    }

    private static ICalendar parse(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        List<ICalendar> all = Biweekly.parse(answer.body()).all();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private static VEvent event(ICalendar ical, String summary, String start) {
        return ical.getEvents().stream().filter(e -> e.getSummary().getValue().equals(summary)
                && day(e.getDateStart().getValue()).equals(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + summary + "' on " + start));
    }

    @Test
    void the_calendar_page_lists_each_states_next_review_with_its_feed() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                String html = client.get("/calendar").body().string();
                assertThat(html).contains("<h1>Review calendar</h1>", "href=\"/calendar.ics\"",
                        "<a href=\"/calendar/KAZ\">Kazakhstan</a>", "<a href=\"/calendar/DZA\">Algeria</a>", "expected");
                String kazakhstan = client.get("/calendar/KAZ").body().string();
                assertThat(kazakhstan).contains("Review calendar of", "href=\"/states/KAZ/calendar.ics\"",
                        "Session 20", "27 October\u2009–\u20097 November 2014", "in the record", Deadline.NATIONAL_REPORT, "(estimated)");
                assertThat(kazakhstan).doesNotContain("Confirm a review");
                String french = client.get("/calendar?lang=fr").body().string();
                assertThat(french).contains("<h1>Calendrier des examens</h1>", ">Algérie</a>", "prévu");
                String russian = client.get("/calendar/KAZ?lang=ru").body().string();
                assertThat(russian).contains("Календарь обзоров", "Сессия 20", "есть в данных", "Срок представления национального доклада", "(ориентировочно)");
            });
        }
    }

    @Test
    void the_feeds_hold_every_dated_review_as_an_all_day_event_and_a_states_feed_only_its_own() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                ICalendar all = parse(http.get("/calendar.ics"));
                VEvent held = event(all, "UPR review of Kazakhstan", "2014-10-27");
                assertThat(day(held.getDateEnd().getValue())).isEqualTo("2014-11-08");
                assertThat(held.getDateStart().getValue().hasTime()).isFalse();
                assertThat(held.getStatus().isConfirmed()).isTrue();
                assertThat(event(all, "UPR review of Algeria", "2012-05-21").getUrl().getValue()).endsWith("/calendar/DZA");
                assertThat(event(all, "UPR review of Algeria (expected)", "2017-05-01").getStatus().isTentative()).isTrue();
                assertThat(all.getEvents()).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
                assertThat(all.getEvents()).allSatisfy(e -> assertThat(e.getDateTimeStamp()).isNotNull());

                ICalendar kazakhstan = parse(http.get("/states/KAZ/calendar.ics"));
                assertThat(kazakhstan.getEvents()).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getSummary().getValue()).contains("Kazakhstan"));
                assertThat(parse(http.get("/states/Kazakhstan/calendar.ics")).getEvents()).hasSameSizeAs(kazakhstan.getEvents());
                assertThat(http.get("/states/ATL/calendar.ics").statusCode()).isEqualTo(404);
                assertThat(http.get("/calendar/Atlantis").statusCode()).isEqualTo(404);
            });
        }
    }

    @Test
    void an_editor_confirms_a_review_day_and_the_feed_shows_it_with_its_deadline() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                assertThat(http.get("/calendar/KAZ", "Cookie", editor.cookie()).body()).contains("Confirm a review");
                HttpResponse<String> saved = http.post("/calendar/KAZ", form("csrf", editor.csrf(), "session", "34",
                        "review_date", "2019-11-07", "stakeholders_due", "2019-03-28", "national_report_due", "", "adoption", ""),
                        "Cookie", editor.cookie());
                assertThat(saved.statusCode()).isEqualTo(303);
                assertThat(Http.location(saved)).isEqualTo("/calendar/KAZ");
                assertThat(http.get("/calendar/KAZ").body()).contains("7 November 2019", "confirmed", "28 March 2019");

                ICalendar feed = parse(http.get("/states/KAZ/calendar.ics"));
                assertThat(event(feed, "UPR review of Kazakhstan", "2019-11-07").getStatus().isConfirmed()).isTrue();
                event(feed, "Kazakhstan: " + Deadline.STAKEHOLDERS, "2019-03-28");
                assertThat(feed.getEvents()).noneMatch(e -> e.getSummary().getValue().contains(Deadline.NATIONAL_REPORT));
            });
        }
    }

    @Test
    void a_wrong_day_in_the_form_is_shown_beside_its_field_with_what_was_typed_and_nothing_is_saved() {
        try (TestWorld world = TestWorld.withRealExtracts(dir)) {
            JavalinTest.test(world.app().web(), (server, client) -> {
                Http http = new Http(server.port());
                SignedIn editor = SignedIn.as(world.app(), http, "ed@example.org", Role.EDITOR);
                HttpResponse<String> refused = http.post("/calendar/KAZ", form("csrf", editor.csrf(), "session", "34",
                        "review_date", "7 Novembre 2019", "stakeholders_due", "<script>alert(1)</script>", "national_report_due", "",
                        "adoption", "2019-11-01"), "Cookie", editor.cookie());
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.body()).containsPattern("name=\"review_date\" type=\"date\" value=\"7 Novembre 2019\" aria-invalid=\"true\"[^>]*>\\s*"
                        + "<p class=\"field-error\" id=\"e-review_date\" role=\"alert\">'7 Novembre 2019' is not a day")
                        .contains("value=\"34\"", "&lt;script&gt;").doesNotContain("<script>alert(1)");
                assertThat(new JooqScheduleStore(world.app().database()).ofState(StateCode.of("KAZ"))).isEmpty();
            });
        }
    }
}
