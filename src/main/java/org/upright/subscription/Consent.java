package org.upright.subscription;

import org.upright.i18n.Ui;

/**
 * What a person agreed to and where: the very text the form showed, the page it was on, and the network address
 * the sign-up came from. Kept with the subscriber, shown in their export, and deleted with them.
 */
public record Consent(String text, String page, String address) {
    /** The consent the sign-up forms and the API show and record. */
    public static final String TEXT = "I agree that UPRight keeps my name and e-mail address to send me the updates I"
            + " choose. Every mail has a link to change them, to download or delete what is kept about me, and to stop them.";

    /** The consent in the reader's language: what the form shows and the record keeps, as the person read it. */
    public static String shown() {
        return Ui.text("subscription.consent");
    }
}
