package org.upright.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server inside the test (GreenMail) on a port of its own, which a test can stop and start again on
 * the same port to play a mail server that is down; reads the mails it received as a person would.
 */
public final class MailServer implements AutoCloseable {
    private final int port;
    private GreenMail greenMail;

    public MailServer() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public String url() {
        return "smtp://127.0.0.1:" + port;
    }

    public void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public void stop() {
        greenMail.stop();
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The mails to one address. */
    public List<MimeMessage> to(String address) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : received()) {
            try {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address))) out.add(m);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    public static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(MimeMessage m, String type) {
        try {
            Multipart parts = (Multipart) m.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart p = parts.getBodyPart(i);
                if (p.isMimeType(type)) return (String) p.getContent();
            }
            throw new AssertionError("the mail has no " + type + " part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the first link in the mail's text that goes under {@code under} ("/subscriptions/confirm/"). */
    public static String link(MimeMessage m, String under) {
        Matcher found = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(under) + "[A-Za-z0-9_.-]+)").matcher(text(m));
        if (!found.find()) throw new AssertionError("no link under " + under + " in: " + text(m));
        return found.group(1);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
