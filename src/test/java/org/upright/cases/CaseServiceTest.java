package org.upright.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.TestWorld;
import org.upright.common.Audited;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.common.Visibility;

/** Cases are private until an editor says otherwise, and a viewer only ever sees what their role may see. */
class CaseServiceTest {
    static final Viewer PUBLIC = Viewer.anonymous("203.0.113.9");
    static final Viewer RESEARCHER = new Viewer(2L, "researcher@example.org", Role.RESEARCHER, "127.0.0.1");
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");

    @TempDir
    Path dir;
    TestWorld world;
    CaseService cases;
    final List<Audited> audited = new ArrayList<>();

    @BeforeEach
    void open() {
        world = TestWorld.empty(dir);
        cases = world.app().cases();
        world.app().events().subscribe(Audited.class, audited::add);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private CaseId aCase(String name, String visibility) {
        return cases.create(EDITOR, new CaseForm(name, "Belarus", "detained", "Journalist held since the 2020 protests", visibility));
    }

    @Test
    void a_new_case_is_private_unless_the_editor_makes_it_public() {
        CaseId id = cases.create(EDITOR, new CaseForm("Ales Example", "BLR", "", "Detained", null));
        assertThat(cases.detail(EDITOR, id)).get().extracting(d -> d.item().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(cases.detail(EDITOR, id).orElseThrow().item().status()).isEqualTo("open");
    }

    @Test
    void the_public_sees_public_cases_only_and_a_private_one_is_as_if_it_did_not_exist() {
        CaseId hidden = aCase("Maria Hidden", "private");
        CaseId shown = aCase("Ihar Shown", "public");
        assertThat(cases.detail(PUBLIC, hidden)).isEmpty();
        assertThat(cases.detail(PUBLIC, shown)).isPresent();
        assertThat(cases.find(PUBLIC, null, "", 50)).extracting(Case::id).containsExactly(shown);
        assertThat(cases.find(PUBLIC, null, "Maria", 50)).isEmpty();
        assertThat(cases.count(PUBLIC, StateCode.of("BLR"))).isEqualTo(1);
        assertThat(cases.find(RESEARCHER, null, "", 50)).extracting(Case::id).containsExactlyInAnyOrder(hidden, shown);
        assertThat(cases.count(RESEARCHER, StateCode.of("BLR"))).isEqualTo(2);
    }

    @Test
    void sources_are_private_by_default_even_on_a_public_case() {
        CaseId id = aCase("Ihar Shown", "public");
        cases.addSource(EDITOR, id, "A cellmate (name withheld)", "met in 2023", null);
        cases.addSource(EDITOR, id, "Viasna press release", "", "public");
        assertThat(cases.detail(PUBLIC, id).orElseThrow().sources()).extracting(CaseSource::name).containsExactly("Viasna press release");
        assertThat(cases.detail(RESEARCHER, id).orElseThrow().sources()).hasSize(2);
    }

    @Test
    void words_are_found_in_name_summary_and_timeline_and_are_never_patterns() {
        CaseId id = aCase("Ihar Shown", "public");
        cases.addEvent(EDITOR, id, "2021-03-02", "Sentenced to 15 years for 'mass riots'");
        assertThat(cases.find(PUBLIC, null, "riots ihar", 10)).extracting(Case::id).containsExactly(id);
        assertThat(cases.find(PUBLIC, null, "riots nobody", 10)).isEmpty();
        assertThat(cases.find(PUBLIC, null, "%", 10)).extracting(Case::id).containsExactly(id); // no words: everything
        assertThat(cases.find(PUBLIC, null, "100%_ 'x' OR 1=1 --", 10)).isEmpty();
        assertThat(cases.find(PUBLIC, null, "sur:BLR -ihar riots", 10)).extracting(Case::id).containsExactly(id);
    }

    @Test
    void only_editors_change_cases() {
        CaseId id = aCase("Ihar Shown", "public");
        assertThatThrownBy(() -> cases.create(RESEARCHER, new CaseForm("X", "BLR", "", "", null))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> cases.addEvent(PUBLIC, id, "2021-01-01", "x")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> cases.update(RESEARCHER, id, new CaseForm("X", "BLR", "", "", "private"))).isInstanceOf(NotAllowed.class);
        assertThat(cases.detail(EDITOR, id).orElseThrow().item().name()).isEqualTo("Ihar Shown");
    }

    @Test
    void bad_input_names_each_field_and_writes_nothing() {
        assertThatThrownBy(() -> cases.create(EDITOR, new CaseForm("  ", "Atlantis", "", "", "secret")))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.problems()).hasSize(3)
                        .anySatisfy(p -> assertThat(p).startsWith("Name:"))
                        .anySatisfy(p -> assertThat(p).contains("Atlantis"))
                        .anySatisfy(p -> assertThat(p).startsWith("Visibility:")));
        assertThat(cases.count(EDITOR, null)).isZero();
        CaseId id = aCase("Ihar Shown", "public");
        assertThatThrownBy(() -> cases.addEvent(EDITOR, id, "2 March 2021", "")).isInstanceOfSatisfying(CaseException.class,
                e -> assertThat(e.problems()).hasSize(2));
        assertThatThrownBy(() -> cases.addEvent(EDITOR, new CaseId(999), "2021-03-02", "x")).isInstanceOf(CaseException.class);
        assertThatThrownBy(() -> cases.link(EDITOR, id, new org.upright.recommendation.RecommendationId(424242)))
                .isInstanceOf(CaseException.class).hasMessageContaining("424242");
        assertThat(cases.detail(EDITOR, id).orElseThrow().timeline()).isEmpty();
    }

    @Test
    void a_change_is_audited_with_who_and_what_it_was_before() {
        CaseId id = aCase("Ihar Shown", "private");
        cases.update(EDITOR, id, new CaseForm("Ihar Shown", "BLR", "released", "Released in 2024", "public"));
        Audited update = audited.stream().filter(a -> a.action().equals("case.update")).findFirst().orElseThrow();
        assertThat(update.who()).isEqualTo(EDITOR);
        assertThat(update.target()).isEqualTo("case/" + id);
        assertThat(update.before()).containsEntry("status", "detained").containsEntry("visibility", "private");
        assertThat(update.after()).containsEntry("status", "released").containsEntry("visibility", "public");
    }

    @Test
    void a_case_links_to_the_recommendations_it_bears_on_and_they_show_it_to_those_who_may_see_it() {
        world.importFile(TestWorld.UPR_INFO_SAMPLE);
        var rec = world.recommendation(TestWorld.ROME_STATUTE).id();
        CaseId hidden = aCase("Maria Hidden", "private");
        cases.link(EDITOR, hidden, rec);
        cases.link(EDITOR, hidden, rec);
        assertThat(cases.detail(EDITOR, hidden).orElseThrow().recommendations()).containsExactly(rec);
        assertThat(cases.bearingOn(RESEARCHER, rec)).extracting(Case::id).containsExactly(hidden);
        assertThat(cases.bearingOn(PUBLIC, rec)).isEmpty();
    }
}
