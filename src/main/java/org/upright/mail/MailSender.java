package org.upright.mail;

/** Delivers one mail now, or throws {@link MailFailure} saying why it could not. */
public interface MailSender {
    void send(Mail mail) throws MailFailure;

    /** Where mail goes, for the admin page ("smtp://mail.example.org:587"); never the password. */
    String describe();

    /** Checked exception: a mail server that is down is an expected condition the outbox handles. */
    final class MailFailure extends Exception {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
