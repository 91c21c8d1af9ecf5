package org.upright.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a recommendation's assessments say now: pure functions of the assessments and the day of the review, so they
 * can be tested along a timeline. Each source's latest word stands (a regression after "fully implemented" makes it
 * regressed again); an assessment dated before the review judges something else and is left out.
 */
public final class StatusRules {
    private StatusRules() {
    }

    /** The latest status one source gave, from its assessment of that day. */
    public record SourceStatus(Assessment.Source source, ImplementationStatus status, LocalDate on, long assessment) {
    }

    /**
     * @param latest   each source's latest status, government first, then by source name
     * @param disagree whether two sources' latest statuses fall in different bands (none, some, full progress)
     * @param open     whether the recommendation is still open: no source's latest word is that it is fully
     *                 implemented, or one says it is not
     */
    public record Summary(List<SourceStatus> latest, boolean disagree, boolean open) {
        public boolean assessed() {
            return !latest.isEmpty();
        }

        /** For each kind of source, the latest status any source of that kind gave. */
        public Map<SourceKind, ImplementationStatus> byKind() {
            Map<SourceKind, SourceStatus> newest = new EnumMap<>(SourceKind.class);
            for (SourceStatus s : latest) newest.merge(s.source().kind(), s, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            Map<SourceKind, ImplementationStatus> out = new EnumMap<>(SourceKind.class);
            newest.forEach((kind, s) -> out.put(kind, s.status()));
            return out;
        }
    }

    private static final Comparator<SourceStatus> LATEST = Comparator.comparing(SourceStatus::on).thenComparingLong(SourceStatus::assessment);

    public static Summary summarise(List<Assessment> assessments, LocalDate reviewedOn) {
        Map<Assessment.Source, SourceStatus> latest = new LinkedHashMap<>();
        for (Assessment a : timeline(assessments, reviewedOn)) {
            // the timeline is oldest first, so a later assessment of the same source replaces the earlier one
            latest.put(a.source(), new SourceStatus(a.source(), a.status(), a.assessedOn(), a.id()));
        }
        List<SourceStatus> sorted = latest.values().stream()
                .sorted(Comparator.comparing((SourceStatus s) -> s.source().kind()).thenComparing(s -> s.source().name())).toList();
        List<ImplementationStatus.Progress> bands = sorted.stream().map(s -> s.status().progress()).filter(Objects::nonNull).toList();
        boolean disagree = bands.stream().distinct().count() > 1;
        boolean open = bands.isEmpty() || bands.stream().anyMatch(b -> b != ImplementationStatus.Progress.FULL);
        return new Summary(sorted, disagree, open);
    }

    /** The assessments that count, oldest first (same day: in the order they were entered). */
    public static List<Assessment> timeline(List<Assessment> assessments, LocalDate reviewedOn) {
        return assessments.stream().filter(a -> !a.assessedOn().isBefore(reviewedOn))
                .sorted(Comparator.comparing(Assessment::assessedOn).thenComparingLong(Assessment::id)).toList();
    }
}
