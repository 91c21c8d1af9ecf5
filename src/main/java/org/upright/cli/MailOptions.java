package org.upright.cli;

import java.net.URI;
import org.upright.common.UserMistake;
import org.upright.config.Settings;
import org.upright.mail.SmtpAddress;
import picocli.CommandLine.Option;

/** The mail options of the commands that serve: where mail goes and the address links in mails point to. */
public final class MailOptions {
    @Option(names = "--smtp", paramLabel = "URL", description = "Send mail (confirmations, alerts) through this server:"
            + " smtp://[user:password@]HOST:PORT; STARTTLS when it offers it. Default: env UPRIGHT_SMTP; without it mail waits in the outbox.")
    String smtp;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The site's address as readers reach it (https://upr.example.org), for links in mails. Default: http://HOST:PORT.")
    String publicUrl;

    @Option(names = "--newsletter-rate", paramLabel = "N",
            description = "Send at most N newsletter mails a minute (1–10000), so a large list does not flood the mail server. Default: 60.")
    int newsletterRate = Settings.DEFAULT_NEWSLETTER_RATE;

    /** The settings with these options, checked: a wrong address stops the command with a message, before it serves. */
    Settings apply(Settings settings) {
        String server = smtp != null ? smtp : System.getenv("UPRIGHT_SMTP");
        if (server != null && server.isBlank()) server = null;
        if (server != null) SmtpAddress.parse(server);
        if (publicUrl != null) {
            URI uri;
            try {
                uri = URI.create(publicUrl.strip());
            } catch (IllegalArgumentException e) {
                throw new UserMistake("--public-url \"" + publicUrl + "\" is not an address; write it as https://upr.example.org.");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UserMistake("--public-url must be an http:// or https:// address such as https://upr.example.org, not \"" + publicUrl + "\".");
            }
        }
        if (newsletterRate < 1 || newsletterRate > 10_000) {
            throw new UserMistake("--newsletter-rate is mails a minute, from 1 to 10000, not " + newsletterRate + ".");
        }
        return settings.withMail(server, publicUrl == null ? null : publicUrl.strip()).withNewsletterRate(newsletterRate);
    }
}
