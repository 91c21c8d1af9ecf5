package org.upright.audit;

/**
 * Which rows of the audit log to show; null or blank parts do not filter.
 *
 * @param actor  e-mail, "anonymous" or "cli" (exact)
 * @param action an action or the start of one ("sign-in" finds "sign-in" and "sign-in.failed")
 * @param from   first day, yyyy-mm-dd (inclusive)
 * @param to     last day, yyyy-mm-dd (inclusive)
 * @param text   words found anywhere in the target or the details
 */
public record AuditFilter(String actor, String action, String from, String to, String text) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** A day of the filter that is not one; {@link #field()} names it ("from" or "to"), so the page can show it there. */
    public static final class WrongDay extends org.upright.common.UserMistake {
        private final String field;

        WrongDay(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
