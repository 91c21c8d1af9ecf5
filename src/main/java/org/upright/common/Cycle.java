package org.upright.common;

/** A UPR cycle: 1 (2008–2011, sessions 1–12), 2 (2012–2016, 13–26), 3 (2017–2022, 27–40), 4 (2022–, 41–). */
public record Cycle(int number) {
    public Cycle {
        if (number < 1 || number > 4) throw new IllegalArgumentException("no such UPR cycle: " + number);
    }

    public static Cycle ofSession(int session) {
        if (session < 1) throw new IllegalArgumentException("no such Working Group session: " + session);
        if (session <= 12) return new Cycle(1);
        if (session <= 26) return new Cycle(2);
        if (session <= 40) return new Cycle(3);
        return new Cycle(4);
    }

    public int firstSession() {
        return switch (number) {
            case 1 -> 1;
            case 2 -> 13;
            case 3 -> 27;
            default -> 41;
        };
    }

    public int lastSession() {
        return switch (number) {
            case 1 -> 12;
            case 2 -> 26;
            case 3 -> 40;
            default -> Integer.MAX_VALUE;
        };
    }
}
