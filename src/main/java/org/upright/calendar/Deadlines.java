package org.upright.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates around a review: those a schedule gave, the others estimated from the review's first day as OHCHR
 * sets them — stakeholders about six months before, the state's national report twelve weeks before, and the
 * outcome adopted at the Council's next regular session (March, June or September) after the Working Group's.
 */
final class Deadlines {
    private Deadlines() {
    }

    static List<Deadline> around(LocalDate firstDay, ScheduledReview given) {
        List<Deadline> all = new ArrayList<>();
        add(all, Deadline.STAKEHOLDERS, given == null ? null : given.stakeholdersDue(),
                firstDay == null ? null : firstDay.minusMonths(6).withDayOfMonth(1));
        add(all, Deadline.NATIONAL_REPORT, given == null ? null : given.nationalReportDue(),
                firstDay == null ? null : firstDay.minusWeeks(12));
        add(all, Deadline.ADOPTION, given == null ? null : given.adoptionOn(),
                firstDay == null ? null : adoptionMonth(firstDay));
        return all;
    }

    private static void add(List<Deadline> all, String what, LocalDate given, LocalDate estimate) {
        if (given != null) all.add(new Deadline(what, given, false));
        else if (estimate != null) all.add(new Deadline(what, estimate, true));
    }

    /** The first day of the month of the Council's regular session after a Working Group session starting then. */
    static LocalDate adoptionMonth(LocalDate workingGroup) {
        int month = workingGroup.getMonthValue();
        if (month <= 3) return LocalDate.of(workingGroup.getYear(), 6, 1);
        if (month <= 7) return LocalDate.of(workingGroup.getYear(), 9, 1);
        return LocalDate.of(workingGroup.getYear() + 1, 3, 1);
    }
}
