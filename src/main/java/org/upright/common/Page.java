package org.upright.common;

import java.util.List;

/** One page of a longer list: the items, the total, and where the page is. */
public record Page<T>(List<T> items, long total, int page, int size) {
    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
