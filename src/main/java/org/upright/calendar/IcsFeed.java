package org.upright.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The calendar as iCalendar (RFC 5545): one all-day event per review with a known day or session dates, tentative
 * while only expected, and one per deadline a schedule confirmed (estimated deadlines stay on the pages: a month
 * is not a day to put in someone's diary). Reviews known only by their year have no day to show and are left out.
 */
public final class IcsFeed {
    private IcsFeed() {
    }

    /** The feed's text; {@code base} is the site's address, for links and unique ids. */
    public static String write(String name, List<CalendarEntry> entries, String base) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//UPRight//Review calendar//EN");
        ical.setName(name);
        ical.setUrl(base + "/calendar");
        ical.setRefreshInterval(new Duration.Builder().days(1).build());
        String host = base.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
        for (CalendarEntry e : entries) {
            if (e.firstDay() == null) continue;
            VEvent review = event(uid(e, "review", host), e.firstDay(), e.lastDay());
            review.setSummary("UPR review of " + e.state().name() + (e.status() == CalendarEntry.Status.EXPECTED ? " (expected)" : ""));
            review.setDescription("Working Group session " + e.session().number() + " (cycle " + e.session().cycle() + "), "
                    + e.whenInEnglish() + ". " + statusSentence(e.status()));
            review.setLocation("Palais des Nations, Geneva");
            review.setUrl(base + "/calendar/" + e.state().code());
            review.setStatus(e.status() == CalendarEntry.Status.EXPECTED ? Status.tentative() : Status.confirmed());
            ical.addEvent(review);
            for (Deadline d : e.deadlines()) {
                if (d.estimated()) continue;
                VEvent deadline = event(uid(e, slug(d.what()), host), d.on(), d.on());
                deadline.setSummary(e.state().name() + ": " + d.what());
                deadline.setDescription("For the UPR review of " + e.state().name() + " in Working Group session "
                        + e.session().number() + " (" + e.whenInEnglish() + ").");
                deadline.setUrl(base + "/calendar/" + e.state().code());
                deadline.setStatus(Status.confirmed());
                ical.addEvent(deadline);
            }
        }
        return Biweekly.write(ical).go();
    }

    private static VEvent event(String uid, LocalDate first, LocalDate last) {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setDateStart(new DateStart(day(first)));
        // DTEND of an all-day event is the day after its last (RFC 5545 §3.6.1)
        event.setDateEnd(new DateEnd(day(last.plusDays(1))));
        event.setTransparency(true);
        return event;
    }

    private static ICalDate day(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    /** Stable across feeds and days, so a calendar that subscribes updates an event instead of adding another. */
    private static String uid(CalendarEntry e, String what, String host) {
        return "upr-" + e.state().code() + "-" + e.session().number() + "-" + what + "@" + host;
    }

    private static String slug(String what) {
        return what.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String statusSentence(CalendarEntry.Status status) {
        return switch (status) {
            case HELD -> "The record holds this review.";
            case SCHEDULED -> "Confirmed by the schedule.";
            case EXPECTED -> "Expected from the order of reviews; not yet confirmed.";
        };
    }
}
