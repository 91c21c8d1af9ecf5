package org.upright.common;

import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-3 code: the one identity of a state everywhere in UPRight. */
public record StateCode(String value) implements Comparable<StateCode> {
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public StateCode {
        if (value == null || !ALPHA3.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ISO alpha-3 state code: " + value);
        }
    }

    public static StateCode of(String value) {
        return new StateCode(value);
    }

    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
