package org.upright.newsletter;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.upright.common.Language;
import org.upright.i18n.Ui;
import org.upright.mail.Mail;
import org.upright.web.Templates;

/**
 * An issue made into a mail: the editor's Markdown as HTML (raw HTML in it is escaped, links only to http, https and
 * mailto, so nothing in a newsletter runs) and as the plain text they wrote, between the greeting and the footer,
 * which speak the reader's language. The preview on the editor's page is this very HTML.
 */
public final class NewsletterMails {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** What the mail template shows. */
    public record View(String name, String subject, String bodyHtml, String bodyText, String manageUrl, String unsubscribeUrl,
                       boolean test) {
    }

    /** The body as HTML, safe to put in a page or a mail. */
    public static String html(String markdown) {
        Node doc = MARKDOWN.parse(markdown);
        return HTML.render(doc);
    }

    /** The mail of an issue to one reader, in their language; {@code key} null for a test, which is never deduplicated. */
    public Mail mail(Newsletter n, Recipient to, boolean test) {
        return Ui.in(to.language(), () -> {
            View view = view(n, to, test);
            String subject = test ? Ui.text("newsletter.mail.test_subject", n.subject()) : n.subject();
            return new Mail(to.email(), to.name(), subject, Templates.render("mail/newsletter-text.jte", view),
                    Templates.render("mail/newsletter.jte", view), test ? null : to.unsubscribeUrl(),
                    test ? null : n.mailKey(to.subscriberId()), test ? null : to.subscriberId());
        });
    }

    /** The mail's HTML as the reader sees it, for the preview. */
    public String preview(Newsletter n, Recipient to) {
        return Ui.in(to.language(), () -> Templates.render("mail/newsletter.jte", view(n, to, false)));
    }

    private static View view(Newsletter n, Recipient to, boolean test) {
        return new View(to.name(), n.subject(), html(n.body()), n.body(), to.manageUrl(), to.unsubscribeUrl(), test);
    }

    /** Who a mail goes to, with their own links; a test or preview carries the site's sign-up page instead. */
    public record Recipient(Long subscriberId, String email, String name, Language language, String manageUrl,
                            String unsubscribeUrl) {
    }
}
