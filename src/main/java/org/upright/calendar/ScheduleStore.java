package org.upright.calendar;

import java.util.List;
import org.upright.common.StateCode;

/** Confirmed review days as the database keeps them. */
public interface ScheduleStore {
    List<ScheduledReview> all();

    List<ScheduledReview> ofState(StateCode state);

    /** Saves each review, replacing what was held for the same state and session, all or none. */
    void saveAll(List<ScheduledReview> reviews);
}
