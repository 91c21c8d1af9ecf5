package org.upright.subscription;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks an e-mail address before anything is stored or sent: its form (one @, a domain with a dot, no spaces or
 * line breaks, at most 254 characters) and whether it looks disposable — a domain (or a subdomain of one) in
 * disposable-domains.txt, or a domain whose name says so ("tempmail", "throwaway", "trashmail", "disposable").
 */
public final class EmailAddresses {
    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern DISPOSABLE_WORDS = Pattern.compile("tempmail|temp-mail|throwaway|trashmail|disposable|minutemail|burner");
    private static final Set<String> DISPOSABLE = load();

    private EmailAddresses() {
    }

    /** The address trimmed and its domain lower-cased, or the problem with it. */
    public static String check(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.isEmpty()) throw SubscriptionException.of("email", "E-mail: write your e-mail address, such as name@example.org.");
        if (email.length() > MAX_LENGTH || !FORM.matcher(email).matches() || email.contains("..")
                || email.startsWith(".") || email.contains(".@")) {
            throw SubscriptionException.of("email", "E-mail: \"" + shown(email) + "\" is not an e-mail address; write it as name@example.org.");
        }
        int at = email.lastIndexOf('@');
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        disposable(domain).ifPresent(d -> {
            throw SubscriptionException.of("email", "E-mail: addresses at " + d + " are throw-away inboxes; the mails we send"
                    + " later (alerts, a link to stop them) would not reach you. Use an address you keep.");
        });
        return email.substring(0, at + 1) + domain;
    }

    private static Optional<String> disposable(String domain) {
        for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
            if (DISPOSABLE.contains(d)) return Optional.of(d);
        }
        return DISPOSABLE_WORDS.matcher(domain).find() ? Optional.of(domain) : Optional.empty();
    }

    /** A typed address as a message may repeat it: short, on one line. */
    private static String shown(String email) {
        String one = email.replaceAll("\\p{Cntrl}", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    private static Set<String> load() {
        try (var in = EmailAddresses.class.getResourceAsStream("disposable-domains.txt")) {
            if (in == null) throw new IllegalStateException("disposable-domains.txt is missing from the jar");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
