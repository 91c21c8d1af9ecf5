package org.upright.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.upright.i18n.Ui;

/**
 * The tokens in the links of mails: what the link is for, whose it is, until when it works (and for a
 * confirmation the nonce that makes it work once), signed with HMAC-SHA256 under a key kept in the database, so
 * every node of one database reads the links of the others and a changed character makes the link worthless.
 */
public final class SignedLinks {
    /** What a link does; a token made for one purpose is refused for another. */
    public enum Purpose { CONFIRM, MANAGE, UNSUBSCRIBE }

    public record Claims(Purpose purpose, long subscriber, Instant expires, String nonce) {
    }

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private final Supplier<byte[]> key;

    public SignedLinks(Supplier<byte[]> key) {
        this.key = key;
    }

    public String make(Purpose purpose, long subscriber, Instant now, Duration valid, String nonce) {
        String claims = purpose.name() + ":" + subscriber + ":" + now.plus(valid).getEpochSecond() + ":" + (nonce == null ? "" : nonce);
        String body = ENCODE.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODE.encodeToString(mac(body));
    }

    /** The token's claims when it is intact, made for this purpose and not expired; otherwise {@link LinkRefused}. */
    public Claims read(String token, Purpose purpose, Instant now) {
        String t = token == null ? "" : token.strip();
        int dot = t.indexOf('.');
        if (dot < 1 || t.length() > 400) throw tampered();
        String body = t.substring(0, dot);
        byte[] sent;
        String[] parts;
        try {
            sent = Base64.getUrlDecoder().decode(t.substring(dot + 1));
            parts = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            throw tampered();
        }
        if (!MessageDigest.isEqual(mac(body), sent) || parts.length != 4) throw tampered();
        if (!parts[0].equals(purpose.name())) throw tampered();
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (now.isAfter(expires)) {
            throw new LinkRefused(LinkRefused.Why.EXPIRED, Ui.text("subscription.link.expired"));
        }
        return new Claims(purpose, Long.parseLong(parts[1]), expires, parts[3].isEmpty() ? null : parts[3]);
    }

    private static LinkRefused tampered() {
        return new LinkRefused(LinkRefused.Why.TAMPERED, Ui.text("subscription.link.tampered"));
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256", e);
        }
    }
}
