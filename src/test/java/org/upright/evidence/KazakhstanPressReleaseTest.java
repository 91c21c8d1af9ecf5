package org.upright.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.common.StateCode;
import org.upright.document.DocumentReader;
import org.upright.document.ReadDocument;
import org.upright.state.StateDirectory;

/** The real press release ahead of Kazakhstan's third review, read as a user would upload it (a .txt scraped from the web). */
class KazakhstanPressReleaseTest {
    static final Path RELEASE = Path.of("../shared/data/press/kazakhstan-upr-2019-press-release.txt");
    static String text;
    static Extraction draft;

    @BeforeAll
    static void read() throws Exception {
        ReadDocument doc = new DocumentReader().read(RELEASE.getFileName().toString(), Files.readAllBytes(RELEASE), null);
        text = doc.text();
        draft = new Extractor(StateDirectory.load()).extract(text, null);
    }

    @Test
    void site_chrome_is_dropped_from_the_clean_text() {
        assertThat(text).doesNotContain("Survey", "Newsletter", "email address");
        assertThat(text).contains("Human Rights Watch calls on governments", "End restrictions on independent labor union activity");
    }

    @Test
    void the_state_under_review_is_kazakhstan() {
        assertThat(draft.stateUnderReview()).isEqualTo(StateCode.of("KAZ"));
    }

    @Test
    void the_review_is_on_7_november_2019_and_the_previous_one_in_october_2014() {
        assertThat(draft.reviewDate().date().iso()).isEqualTo("2019-11-07");
        assertThat(draft.reviewDate().date().precision()).isEqualTo(Precision.DAY);
        assertThat(draft.previousReview().date().iso()).isEqualTo("2014-10");
        assertThat(draft.previousReview().date().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void the_persons_are_named_with_their_roles() {
        assertThat(role("Tokaev")).isEqualTo(Role.OFFICIAL);
        assertThat(role("Nazarbaev")).isEqualTo(Role.OFFICIAL);
        assertThat(role("Bokaev")).isEqualTo(Role.ACTIVIST);
        assertThat(role("Ayan")).isEqualTo(Role.ACTIVIST);
        assertThat(role("Baltabay")).isEqualTo(Role.ACTIVIST);
        assertThat(role("Williamson")).isEqualTo(Role.SPOKESPERSON);
        assertThat(person("Bokaev").name()).isEqualTo("Max Bokaev");
        assertThat(person("Tokaev").name()).isEqualTo("Kassym-Jomart Tokaev");
    }

    @Test
    void bokaev_was_sentenced_to_five_years_in_may_2016_and_ayan_paroled_in_april_2018() {
        assertThat(person("Bokaev").events()).anySatisfy(e -> {
            assertThat(e.text()).contains("sentenced to five years");
            assertThat(e.date().iso()).isEqualTo("2016-05");
        });
        assertThat(person("Ayan").events()).anySatisfy(e -> {
            assertThat(e.text()).contains("released on parole");
            assertThat(e.date().iso()).isEqualTo("2018-04");
            assertThat(e.timelineText()).isEqualTo("released on parole, April 2018");
        });
    }

    @Test
    void the_three_incidents_have_dates_places_and_counts() {
        Incident may = incident("2018-05-10");
        assertThat(may.countText()).isEqualTo("dozens of people");
        assertThat(may.countMin()).isEqualTo(24);
        assertThat(may.countMax()).isEqualTo(99);
        Incident june = incident("2018-06");
        assertThat(june.place()).isEqualTo("Taldikorgan");
        assertThat(june.what()).contains("three days’ arrest");
        Incident february = incident("2019-02-27");
        assertThat(february.countText()).startsWith("hundreds");
        assertThat(february.countMin()).isEqualTo(200);
        assertThat(february.kind()).isEqualTo("detention");
    }

    @Test
    void the_democratic_choice_of_kazakhstan_was_banned_in_march_2018() {
        Organisation dvk = draft.organisations().stream().filter(o -> o.name().equals("Democratic Choice of Kazakhstan")).findFirst().orElseThrow();
        assertThat(dvk.acronym()).isEqualTo("DVK");
        assertThat(dvk.banned()).isTrue();
        assertThat(dvk.bannedOn().iso()).isEqualTo("2018-03");
        assertThat(incident("2018-03").kind()).isEqualTo("ban");
    }

    @Test
    void articles_174_and_274_of_the_criminal_code_and_the_2011_religion_law_are_provisions() {
        assertThat(draft.provisions()).anySatisfy(p -> {
            assertThat(p.law()).isEqualToIgnoringCase("criminal code");
            assertThat(p.article()).isEqualTo("174");
        });
        assertThat(draft.provisions()).anySatisfy(p -> {
            assertThat(p.law()).isEqualToIgnoringCase("criminal code");
            assertThat(p.article()).isEqualTo("274");
        });
        assertThat(draft.provisions()).anySatisfy(p -> {
            assertThat(p.law()).isEqualToIgnoringCase("religion law");
            assertThat(p.year()).isEqualTo(2011);
            assertThat(p.kind()).isEqualTo(Provision.Kind.DOMESTIC);
        });
    }

    @Test
    void exactly_the_four_bulleted_asks_are_asks() {
        assertThat(draft.asks()).extracting(Ask::text).hasSize(4);
        assertThat(draft.asks().get(0).text()).startsWith("Respect freedom of assembly");
        assertThat(draft.asks().get(1).text()).startsWith("Free those who have been wrongfully imprisoned");
        assertThat(draft.asks().get(2).text()).startsWith("Amend criminal code art. 174");
        assertThat(draft.asks().get(3).text()).startsWith("End restrictions on independent labor union activity");
    }

    @Test
    void every_item_points_at_the_text_it_came_from() {
        for (Ask a : draft.asks()) assertThat(a.span().of(text)).contains(a.text().substring(0, 20));
        for (Person p : draft.persons()) assertThat(p.name()).contains(p.span().of(text));
    }

    private static Person person(String surname) {
        List<Person> found = draft.persons().stream().filter(p -> p.name().endsWith(surname)).toList();
        assertThat(found).as("persons named %s in %s", surname, draft.persons()).hasSize(1);
        return found.getFirst();
    }

    private static Role role(String surname) {
        return person(surname).role();
    }

    private static Incident incident(String date) {
        return draft.incidents().stream().filter(i -> i.date().iso().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident on " + date + " in " + draft.incidents()));
    }
}
