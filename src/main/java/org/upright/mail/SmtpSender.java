package org.upright.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Properties;

/** {@link MailSender} by SMTP with Angus Mail: STARTTLS when the server offers it, a login when a user is given. */
public final class SmtpSender implements MailSender {
    /** Seconds to wait for a server: a dead one must not hold the sender for minutes. */
    private static final String TIMEOUT_MS = "15000";

    private final SmtpAddress address;
    private final Session session;

    public SmtpSender(SmtpAddress address) {
        this.address = address;
        Properties p = new Properties();
        p.put("mail.smtp.host", address.host());
        p.put("mail.smtp.port", Integer.toString(address.port()));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        p.put("mail.smtp.auth", Boolean.toString(address.user() != null));
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(Mail mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(address.from(), "UPRight", "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.unsubscribeUrl() != null) {
                // RFC 8058: a mail client may unsubscribe with one POST, without opening a page
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            if (address.user() != null) Transport.send(message, address.user(), address.password());
            else Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure(address.shown() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return address.shown();
    }
}
