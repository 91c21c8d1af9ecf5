package org.upright.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Invitation links signed with the survey's own key: "{number}-{signature}", the signature an HMAC-SHA256 of the
 * survey and the invitation's number. A link cannot be guessed or altered into another survey's or another
 * number's; the database says whether it was used. Signing (not a stored random token) lets the editor see the
 * links again at any time without the database holding them.
 */
final class InvitationTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 24 characters of base64url: 144 bits of the MAC, beyond guessing. */
    private static final int SIGNATURE_LENGTH = 24;

    private InvitationTokens() {
    }

    /** A new survey's signing key: 256 random bits. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String token(String key, SurveyId survey, long invitation) {
        return invitation + "-" + signature(key, survey, invitation);
    }

    /** The invitation's number when the token is one this survey's key signed; empty for anything else. */
    static Optional<Long> verify(String key, SurveyId survey, String token) {
        if (token == null || !token.matches("[1-9][0-9]{0,17}-[A-Za-z0-9_-]{" + SIGNATURE_LENGTH + "}")) return Optional.empty();
        int dash = token.indexOf('-');
        long number = Long.parseLong(token.substring(0, dash));
        byte[] expected = signature(key, survey, number).getBytes(StandardCharsets.US_ASCII);
        byte[] sent = token.substring(dash + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sent) ? Optional.of(number) : Optional.empty();
    }

    private static String signature(String key, SurveyId survey, long invitation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] sig = mac.doFinal(("survey " + survey + " invitation " + invitation).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig).substring(0, SIGNATURE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256", e);
        }
    }
}
