package org.upright.web;

import java.util.List;
import java.util.function.Function;
import org.upright.common.Page;

/** One page of a list in the JSON API: {"total", "page", "size", "items"}. */
public record PageJson<T>(long total, int page, int size, List<T> items) {
    public static <A, B> PageJson<B> of(Page<A> page, Function<A, B> toJson) {
        return new PageJson<>(page.total(), page.page(), page.size(), page.items().stream().map(toJson).toList());
    }
}
