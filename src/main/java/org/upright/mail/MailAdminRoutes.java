package org.upright.mail;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.upright.web.Require;
import org.upright.web.Templates;

/** {@code /admin/mail}: where mail goes, or that it waits because no --smtp was given; the outbox's latest mails. */
public final class MailAdminRoutes {
    private final MailService mail;

    private MailAdminRoutes(MailService mail) {
        this.mail = mail;
    }

    public static void register(RoutesConfig routes, MailService mail) {
        MailAdminRoutes r = new MailAdminRoutes(mail);
        routes.get("/admin/mail", r::outbox, Require.ADMIN);
    }

    private void outbox(Context ctx) {
        Templates.html(ctx, "mail/outbox.jte", mail.status());
    }
}
