package org.upright.calendar;

import org.upright.common.UserMistake;

/** A schedule file or a calendar form that cannot be taken as it is; the message names the line or field. */
public final class ScheduleException extends UserMistake {
    public ScheduleException(String message) {
        super(message);
    }
}
