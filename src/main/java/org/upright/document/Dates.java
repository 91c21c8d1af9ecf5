package org.upright.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.upright.i18n.Ui;

/** Days that documents hold as text (publication, review dates), shown in the reader's language when they are whole dates. */
public final class Dates {
    private Dates() {
    }

    /** The day in the reader's language; a partial or odd date (a year, "2019-11") is shown as it was written. */
    public static String shown(String iso) {
        if (iso == null || iso.isBlank()) return "";
        try {
            return Ui.date(LocalDate.parse(iso.strip()));
        } catch (DateTimeParseException notAWholeDay) {
            return iso;
        }
    }
}
