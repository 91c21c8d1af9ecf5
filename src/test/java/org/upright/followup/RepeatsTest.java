package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Audited;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;

/**
 * Repeats in the real Algeria 2012 extract, with an earlier (2008) and a later (2017) review the test writes itself,
 * and a Kazakhstan 2010 review holding the same words: linked by the search engine, decided by people, counted on the
 * scorecard. The suite runs it on SQLite and on PostgreSQL.
 */
class RepeatsTest {
    static final Viewer PUBLIC = Viewer.anonymous("203.0.113.9");
    static final Viewer RESEARCHER = new Viewer(2L, "researcher@example.org", Role.RESEARCHER, "127.0.0.1");
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");
    static final String ROME = "Ratify the Rome Statute of the International Criminal Court";
    static final String CED = "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance";
    /** A UPR Info export the test writes: Algeria in sessions 1 (cycle 1) and 27 (cycle 3), Kazakhstan in session 7. */
    static final String EARLIER_AND_LATER = """
            To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session
            Algeria,Africa,,%s,Slovakia,EEG,EU,Noted,5,"International instruments,Justice",1
            Algeria,Africa,,%s,France,WEOG,EU,Accepted,5,"Enforced disappearances,International instruments",1
            Algeria,Africa,,Improve access to drinking water and sanitation in rural areas,Egypt,Africa,,Accepted,4,Right to water and sanitation,1
            Algeria,Africa,,%s without delay,Slovenia,EEG,EU,Noted,5,"International instruments,Justice",27
            Kazakhstan,Asia,,%s,Austria,WEOG,EU,Noted,5,"International instruments,Justice",7
            """.formatted(ROME, CED, ROME, ROME);

    @TempDir
    static Path dir;
    static TestWorld world;
    static RepeatService repeats;
    static Scorecard beforeLinking;
    static RepeatService.LinkRun run;

    /** The real extracts and the earlier and later reviews, imported and searchable; not linked yet. */
    static TestWorld withEarlierAndLaterReviews(Path dir) throws java.io.IOException {
        TestWorld world = TestWorld.withRealExtracts(dir);
        Path file = dir.resolve("earlier-and-later.csv");
        Files.writeString(file, EARLIER_AND_LATER, StandardCharsets.UTF_8);
        world.importFile(file);
        world.app().search().awaitChanges();
        return world;
    }

    @BeforeAll
    static void linkTheRecord() throws Exception {
        world = withEarlierAndLaterReviews(dir);
        repeats = world.app().repeats();
        beforeLinking = world.app().followUp().scorecard(EDITOR, StateCode.of("DZA"));
        run = repeats.linkAll(done -> { });
    }

    @AfterAll
    static void close() {
        world.close();
    }

    static Recommendation of(String state, int session, String text) {
        return world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of(state), session)).stream()
                .filter(r -> r.text().strip().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no " + text + " in " + session));
    }

    static List<RecommendationId> ids(List<Repeats.Line> lines) {
        return lines.stream().map(Repeats.Line::id).toList();
    }

    @Test
    void a_recommendation_repeats_the_earlier_one_with_its_words_and_is_repeated_by_the_later_one() {
        Recommendation y2008 = of("DZA", 1, ROME);
        Recommendation y2012 = of("DZA", 13, ROME);
        Recommendation y2017 = of("DZA", 27, ROME + " without delay");
        Repeats found = repeats.repeats(PUBLIC, y2012.id()).orElseThrow();
        assertThat(ids(found.earlier())).containsExactly(y2008.id());
        assertThat(ids(found.later())).contains(y2017.id());
        Repeats.Line earlier = found.earlier().getFirst();
        assertThat(earlier.session()).isEqualTo(1);
        assertThat(earlier.cycle()).isEqualTo(1);
        assertThat(earlier.year()).isEqualTo(2008);
        assertThat(earlier.score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(earlier.sharedLabels()).isEqualTo(2);
        assertThat(found.chain().sentence()).isEqualTo("Recommended in 2008, 2012 and 2017; noted three times; still open.");
    }

    @Test
    void the_same_words_to_another_state_or_on_another_subject_are_never_linked() {
        Recommendation kazakhstan2010 = of("KAZ", 7, ROME);
        Recommendation water = of("DZA", 1, "Improve access to drinking water and sanitation in rural areas");
        assertThat(repeats.repeats(PUBLIC, kazakhstan2010.id()).orElseThrow().later())
                .allSatisfy(l -> assertThat(world.app().recommendations().recommendation(l.id()).orElseThrow().stateUnderReview().value())
                        .isEqualTo("KAZ"));
        assertThat(repeats.repeats(PUBLIC, of("DZA", 1, ROME).id()).orElseThrow().later()).extracting(Repeats.Line::id)
                .doesNotContain(kazakhstan2010.id());
        Repeats none = repeats.repeats(PUBLIC, water.id()).orElseThrow();
        assertThat(none.earlier()).isEmpty();
        assertThat(none.later()).isEmpty();
        assertThat(none.chain().sentence()).isNull();
    }

    @Test
    void the_run_looks_at_every_recommendation_after_cycle_one_and_an_unknown_one_has_no_repeats() {
        long afterCycleOne = world.app().recommendations().all(RecommendationFilter.none()).stream()
                .filter(r -> !r.pledge() && r.cycle() > 1).count();
        assertThat(run.recommendations()).isEqualTo(afterCycleOne);
        assertThat(run.links()).isPositive();
        assertThat(repeats.lastRun()).isPresent();
        assertThat(repeats.repeats(PUBLIC, new RecommendationId(99_999_999))).isEmpty();
    }

    @Test
    void a_rejected_link_stays_rejected_and_a_confirmed_one_confirmed_when_linking_runs_again() {
        Recommendation y2008 = of("DZA", 1, CED);
        List<Repeats.Line> repeating = repeats.repeats(PUBLIC, y2008.id()).orElseThrow().later();
        assertThat(repeating).as("cycle-2 recommendations to ratify the CED").hasSizeGreaterThanOrEqualTo(2);
        RecommendationId rejected = repeating.get(0).id();
        RecommendationId confirmed = repeating.get(1).id();
        List<Audited> audited = new ArrayList<>();
        world.app().events().subscribe(Audited.class, audited::add);

        repeats.decide(EDITOR, rejected, y2008.id(), "reject");
        repeats.decide(EDITOR, confirmed, y2008.id(), "Confirm");
        repeats.linkAll(done -> { });

        Repeats after = repeats.repeats(PUBLIC, y2008.id()).orElseThrow();
        assertThat(ids(after.later())).contains(confirmed).doesNotContain(rejected);
        assertThat(ids(after.rejected())).containsExactly(rejected);
        assertThat(after.later()).filteredOn(l -> l.id().equals(confirmed)).extracting(Repeats.Line::decision)
                .containsExactly(RepeatLink.Decision.CONFIRMED);
        assertThat(repeats.repeats(PUBLIC, rejected).orElseThrow().earlier()).extracting(Repeats.Line::id).doesNotContain(y2008.id());
        assertThat(audited).extracting(Audited::action).containsExactly("repeat.reject", "repeat.confirm");
        assertThat(audited.getFirst().before()).containsEntry("decision", null);
        assertThat(audited.getFirst().after()).containsEntry("decision", "rejected");
        assertThat(audited.getFirst().target()).isEqualTo("recommendation/" + rejected);
    }

    @Test
    void only_editors_decide_and_a_link_linking_never_made_or_an_unknown_decision_is_named() {
        Recommendation y2008 = of("DZA", 1, ROME);
        Recommendation y2012 = of("DZA", 13, ROME);
        Recommendation water = of("DZA", 1, "Improve access to drinking water and sanitation in rural areas");
        assertThatThrownBy(() -> repeats.decide(RESEARCHER, y2012.id(), y2008.id(), "confirm")).isInstanceOf(NotAllowed.class)
                .hasMessageContaining("editor role");
        assertThatThrownBy(() -> repeats.decide(PUBLIC, y2012.id(), y2008.id(), "reject")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> repeats.decide(EDITOR, y2012.id(), water.id(), "confirm")).isInstanceOf(FollowUpException.class)
                .hasMessageContaining("has no link to an earlier recommendation " + water.id());
        assertThatThrownBy(() -> repeats.decide(EDITOR, y2012.id(), y2008.id(), "maybe")).isInstanceOf(FollowUpException.class)
                .hasMessage("Decision: \"confirm\" or \"reject\", not \"maybe\".");
        assertThat(repeats.link(y2012.id(), y2008.id()).orElseThrow().decision()).isNull();
    }

    @Test
    void the_scorecard_counts_repeats_still_open_once_linking_has_run() {
        assertThat(beforeLinking.cycles()).allSatisfy(c -> assertThat(c.repeated()).as("cycle " + c.cycle()).isNull());
        StateCode algeria = StateCode.of("DZA");
        Scorecard card = world.app().followUp().scorecard(EDITOR, algeria);
        Scorecard.CycleLine cycle1 = card.cycles().stream().filter(c -> c.cycle() == 1).findFirst().orElseThrow();
        Scorecard.CycleLine cycle2 = card.cycles().stream().filter(c -> c.cycle() == 2).findFirst().orElseThrow();
        assertThat(cycle1.repeated()).as("nothing comes before cycle 1").isZero();
        long repeatingInCycle2 = world.app().recommendations().all(RecommendationFilter.ofReview(algeria, 13)).stream()
                .filter(r -> !repeats.repeats(EDITOR, r.id()).orElseThrow().earlier().isEmpty()).count();
        assertThat(cycle2.repeated()).isEqualTo(repeatingInCycle2).isPositive();

        Recommendation y2012 = of("DZA", 13, ROME);
        world.app().followUp().add(EDITOR, y2012.id(), new AssessmentForm("2015-01-10", "fully implemented", "government",
                "Ministry of Foreign Affairs", "", "", "", "", "", "public"));
        Scorecard.CycleLine after = world.app().followUp().scorecard(EDITOR, algeria).cycles().stream().filter(c -> c.cycle() == 2)
                .findFirst().orElseThrow();
        assertThat(after.repeated()).as("a repeat implemented in full is no longer open").isEqualTo(repeatingInCycle2 - 1);
    }

    @Test
    void the_open_repeats_of_a_state_read_at_once_are_those_each_recommendation_shows_on_its_own() {
        StateCode algeria = StateCode.of("DZA");
        for (Viewer viewer : List.of(PUBLIC, EDITOR)) {
            List<RepeatService.OpenChain> atOnce = repeats.repeatedAndOpen(viewer, algeria, 1_000);
            assertThat(atOnce).extracting(c -> c.latest().id()).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(repeatedAndOpenOneByOne(viewer, algeria));
            assertThat(atOnce).allSatisfy(c -> assertThat(c.chain()).isEqualTo(repeats.repeats(viewer, c.latest().id()).orElseThrow().chain()));
        }
    }

    /** The open chains of the state as the recommendation page works each out: one recommendation at a time. */
    private static List<RecommendationId> repeatedAndOpenOneByOne(Viewer viewer, StateCode state) {
        return world.app().recommendations().all(new RecommendationFilter(state, List.of(), null, null, null, null, false)).stream()
                .map(r -> repeats.repeats(viewer, r.id()).orElseThrow())
                .filter(r -> !r.earlier().isEmpty() && r.later().isEmpty() && r.chain().open() && r.chain().repeated())
                .map(Repeats::id).toList();
    }
}
