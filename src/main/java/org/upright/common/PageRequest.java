package org.upright.common;

/** Which page of a list is asked for (1-based), checked once so every store can trust it. */
public record PageRequest(int page, int size) {
    public PageRequest {
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more, was " + page);
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + Page.MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
