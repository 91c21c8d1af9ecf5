package org.upright.newsletter;

import java.util.List;
import java.util.Map;

/** Where each reader's copy of a sent issue is, with the counts by status. */
public record DeliveriesPage(Newsletter newsletter, List<Delivery> deliveries, Map<String, Long> counts, int perMinute) {
    public static DeliveriesPage of(Newsletter n, List<Delivery> deliveries, int perMinute) {
        return new DeliveriesPage(n, deliveries, NewsletterService.counts(deliveries), perMinute);
    }
}
