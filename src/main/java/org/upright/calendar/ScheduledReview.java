package org.upright.calendar;

import java.time.LocalDate;
import org.upright.common.StateCode;

/**
 * A review the calendar knows for sure: the day a state is reviewed in a session and the deadlines around it, as a
 * schedule file or an editor gave them. Deadlines left null are estimated from the review day.
 */
public record ScheduledReview(StateCode state, int session, LocalDate reviewOn, LocalDate nationalReportDue,
                              LocalDate stakeholdersDue, LocalDate adoptionOn, String source) {
}
