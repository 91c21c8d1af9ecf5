package org.upright.web;

import java.util.function.IntFunction;
import org.upright.common.Page;

/**
 * The links under a paged list. Each link is a plain href, so paging works without JavaScript; htmx uses the
 * same URL to fetch only the list.
 *
 * @param first the position of the page's first item in the whole list (1-based), 0 when the page is empty
 */
public record Pager(int page, int pages, long total, long first, long last, String previousHref, String nextHref) {

    public static Pager of(Page<?> page, IntFunction<String> href) {
        long offset = (long) (page.page() - 1) * page.size();
        long first = page.items().isEmpty() ? 0 : offset + 1;
        long last = offset + page.items().size();
        String previous = page.hasPrevious() ? href.apply(Math.min(page.page() - 1, page.pages())) : null;
        String next = page.hasNext() ? href.apply(page.page() + 1) : null;
        return new Pager(page.page(), page.pages(), page.total(), first, last, previous, next);
    }

    public boolean needed() {
        return previousHref != null || nextHref != null;
    }
}
