package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.followup.ImplementationStatus.FULLY_IMPLEMENTED;
import static org.upright.followup.ImplementationStatus.IN_PROGRESS;
import static org.upright.followup.ImplementationStatus.NOT_STARTED;
import static org.upright.followup.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static org.upright.followup.ImplementationStatus.REGRESSED;
import static org.upright.followup.ImplementationStatus.UNCLEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;

/** The follow-up status of one recommendation, read after each new assessment along a timeline. */
class StatusRulesTest {
    static final LocalDate REVIEWED = LocalDate.of(2019, 5, 6);
    static final Assessment.Source MINISTRY = new Assessment.Source(SourceKind.GOVERNMENT, "Ministry of Justice");
    static final Assessment.Source NGO = new Assessment.Source(SourceKind.CIVIL_SOCIETY, "Viasna");
    static final Assessment.Source OHCHR = new Assessment.Source(SourceKind.UN, "OHCHR");

    private final List<Assessment> timeline = new ArrayList<>();

    private StatusRules.Summary after(Assessment.Source source, String date, ImplementationStatus status) {
        timeline.add(new Assessment(timeline.size() + 1, new RecommendationId(7), LocalDate.parse(date), status, source.kind(),
                source.name(), "", "", "", null, "", Visibility.PUBLIC, "editor@example.org", "", ""));
        return StatusRules.summarise(timeline, REVIEWED);
    }

    @Test
    void a_recommendation_nobody_assessed_is_open_and_nobody_disagrees() {
        StatusRules.Summary none = StatusRules.summarise(List.of(), REVIEWED);
        assertThat(none.assessed()).isFalse();
        assertThat(none.open()).isTrue();
        assertThat(none.disagree()).isFalse();
    }

    @Test
    void a_regression_after_fully_implemented_reopens_the_recommendation() {
        assertThat(after(MINISTRY, "2020-01-10", IN_PROGRESS).open()).isTrue();
        StatusRules.Summary done = after(MINISTRY, "2021-06-01", FULLY_IMPLEMENTED);
        assertThat(done.open()).isFalse();
        assertThat(done.latest()).extracting(StatusRules.SourceStatus::status).containsExactly(FULLY_IMPLEMENTED);
        StatusRules.Summary back = after(MINISTRY, "2023-02-15", REGRESSED);
        assertThat(back.open()).isTrue();
        assertThat(back.latest()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(REGRESSED);
            assertThat(s.on()).isEqualTo(LocalDate.of(2023, 2, 15));
        });
        assertThat(back.disagree()).as("one source cannot disagree with itself").isFalse();
    }

    @Test
    void two_sources_disagree_until_their_latest_words_fall_in_the_same_band() {
        after(MINISTRY, "2021-03-01", FULLY_IMPLEMENTED);
        StatusRules.Summary split = after(NGO, "2021-04-01", NOT_STARTED);
        assertThat(split.disagree()).isTrue();
        assertThat(split.open()).as("one source says it is not done").isTrue();
        assertThat(split.latest()).extracting(s -> s.source().kind()).containsExactly(SourceKind.GOVERNMENT, SourceKind.CIVIL_SOCIETY);
        assertThat(split.byKind()).containsEntry(SourceKind.GOVERNMENT, FULLY_IMPLEMENTED).containsEntry(SourceKind.CIVIL_SOCIETY, NOT_STARTED);

        StatusRules.Summary closer = after(NGO, "2022-04-01", PARTIALLY_IMPLEMENTED);
        assertThat(closer.disagree()).isTrue();
        after(MINISTRY, "2022-05-01", IN_PROGRESS);
        StatusRules.Summary agreed = StatusRules.summarise(timeline, REVIEWED);
        assertThat(agreed.disagree()).as("in progress and partially implemented are the same judgement").isFalse();
    }

    @Test
    void unclear_neither_agrees_nor_disagrees_and_does_not_close_anything() {
        after(MINISTRY, "2021-03-01", FULLY_IMPLEMENTED);
        StatusRules.Summary withUnclear = after(OHCHR, "2021-03-02", UNCLEAR);
        assertThat(withUnclear.disagree()).isFalse();
        assertThat(withUnclear.open()).isFalse();
        assertThat(StatusRules.summarise(List.of(timeline.get(1)), REVIEWED).open()).as("only unclear: still open").isTrue();
    }

    @Test
    void an_assessment_dated_before_the_review_does_not_count() {
        StatusRules.Summary early = after(MINISTRY, "2019-05-05", FULLY_IMPLEMENTED);
        assertThat(early.assessed()).isFalse();
        assertThat(early.open()).isTrue();
        assertThat(StatusRules.timeline(timeline, REVIEWED)).isEmpty();
        StatusRules.Summary onTheDay = after(MINISTRY, "2019-05-06", NOT_STARTED);
        assertThat(onTheDay.latest()).extracting(StatusRules.SourceStatus::status).containsExactly(NOT_STARTED);
    }

    @Test
    void two_assessments_of_one_source_on_one_day_keep_the_one_entered_last() {
        after(NGO, "2022-01-01", NOT_STARTED);
        StatusRules.Summary later = after(NGO, "2022-01-01", IN_PROGRESS);
        assertThat(later.latest()).extracting(StatusRules.SourceStatus::status).containsExactly(IN_PROGRESS);
    }

    /** Whatever order the assessments come in, the latest word of each source is the one of its latest date. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void the_order_assessments_arrive_in_does_not_change_the_summary(long seed) {
        Random random = new Random(seed);
        List<Assessment.Source> sources = List.of(MINISTRY, NGO, OHCHR);
        ImplementationStatus[] statuses = ImplementationStatus.values();
        for (int i = 0; i < 30; i++) {
            after(sources.get(random.nextInt(3)), REVIEWED.plusDays(random.nextInt(2000) - 100).toString(),
                    statuses[random.nextInt(statuses.length)]);
        }
        StatusRules.Summary inOrder = StatusRules.summarise(timeline, REVIEWED);
        List<Assessment> shuffled = new ArrayList<>(timeline);
        Collections.shuffle(shuffled, random);
        assertThat(StatusRules.summarise(shuffled, REVIEWED)).isEqualTo(inOrder);
        for (StatusRules.SourceStatus s : inOrder.latest()) {
            LocalDate newest = timeline.stream().filter(a -> a.source().equals(s.source()) && !a.assessedOn().isBefore(REVIEWED))
                    .map(Assessment::assessedOn).max(LocalDate::compareTo).orElseThrow();
            assertThat(s.on()).isEqualTo(newest);
        }
    }
}
