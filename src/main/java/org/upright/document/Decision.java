package org.upright.document;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What an editor decides on a draft item: accept it as it is, accept it corrected (the fields given), or reject it. */
public record Decision(Verdict verdict, Map<String, String> corrections) {
    public enum Verdict {
        ACCEPT, CORRECT, REJECT;

        public static Optional<Verdict> parse(String s) {
            if (s == null) return Optional.empty();
            try {
                return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
