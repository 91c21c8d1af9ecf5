package org.upright.review;

import java.util.List;

/** One Working Group session and the reviews of it that the record holds. */
public record SessionPage(Session session, List<ReviewRow> reviews) {
    public String title() {
        return org.upright.i18n.Ui.text("record.wg_session", session.number());
    }
}
