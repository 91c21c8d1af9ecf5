package org.upright.evidence;

/** Where in the clean text an item came from: character offsets, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("span " + start + ".." + end);
    }

    public String of(String text) {
        return text.substring(start, Math.min(end, text.length()));
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
