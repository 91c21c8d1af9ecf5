package org.upright.subscription;

import java.util.List;
import java.util.function.Supplier;
import org.upright.i18n.Ui;
import org.upright.mail.Mail;
import org.upright.mail.MailView;
import org.upright.web.Templates;

/**
 * The mails of signing up, from the templates under src/main/jte/mail, with links on the public address, written in
 * the language the subscriber signed up in.
 */
public final class SubscriptionMails {
    private final Supplier<String> publicUrl;

    public SubscriptionMails(Supplier<String> publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** An absolute address on the site, for links in mails. */
    public String url(String path) {
        String base = publicUrl.get();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    Mail confirm(Subscriber s, String confirmUrl) {
        return Ui.in(s.language(), () -> confirmIn(s, confirmUrl));
    }

    private Mail confirmIn(Subscriber s, String confirmUrl) {
        String follows = s.follows().isEmpty() ? Ui.text("mail.follows_later")
                : Ui.text("mail.follows", String.join("; ", s.follows().stream().map(SubscriptionMails::shown).toList()));
        MailView view = new MailView(s.name(), follows, List.of(), confirmUrl, Ui.text("mail.action.confirm"), null, null);
        return new Mail(s.email(), s.name(), Ui.text("mail.subject.confirm"),
                Templates.render("mail/confirm-text.jte", view), Templates.render("mail/confirm.jte", view), null, null, s.id());
    }

    Mail alreadySubscribed(Subscriber s, String manageUrl) {
        return Ui.in(s.language(), () -> alreadyIn(s, manageUrl));
    }

    private Mail alreadyIn(Subscriber s, String manageUrl) {
        MailView view = new MailView(s.name(), "", List.of(), manageUrl, Ui.text("mail.action.preferences"), null, null);
        return new Mail(s.email(), s.name(), Ui.text("mail.subject.already"),
                Templates.render("mail/already-text.jte", view), Templates.render("mail/already.jte", view), null, null, s.id());
    }

    /** How a follow reads in a mail or on the preference page: "state KAZ", "search: torture". */
    public static String shown(Follow f) {
        return f.kind().id() + " " + f.value();
    }
}
