package org.upright.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upright.RealExtractsTest;
import org.upright.common.Audited;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;

/** Assessments of the real record: entered by editors, read as each role may, checked, audited, and counted on the scorecard. */
class AssessmentsTest extends RealExtractsTest {
    static final Viewer PUBLIC = Viewer.anonymous("203.0.113.9");
    static final Viewer RESEARCHER = new Viewer(2L, "researcher@example.org", Role.RESEARCHER, "127.0.0.1");
    static final Viewer EDITOR = new Viewer(3L, "editor@example.org", Role.EDITOR, "127.0.0.1");

    FollowUpService followUp;
    Recommendation rec;
    final List<Audited> audited = new ArrayList<>();

    @BeforeEach
    void pick() {
        followUp = world.app().followUp();
        // the first recommendation of Algeria's 2012 review nobody assessed yet, so tests do not see each other's assessments
        List<Recommendation> algeria = world.app().recommendations().all(RecommendationFilter.ofReview(StateCode.of("DZA"), 13));
        rec = algeria.stream().filter(r -> followUp.assessments(EDITOR, r.id()).isEmpty()).findFirst().orElseThrow();
        audited.clear();
        world.app().events().subscribe(Audited.class, audited::add);
    }

    static AssessmentForm form(String date, String status, String kind, String source, String visibility) {
        return new AssessmentForm(date, status, kind, source, "Work on the law has begun.", "https://example.org/report.pdf",
                "the draft law was sent to parliament", "", "", visibility);
    }

    @Test
    void an_editor_adds_an_assessment_researchers_read_it_and_the_public_only_when_it_is_public() {
        Assessment privateOne = followUp.add(EDITOR, rec.id(), form("2014-03-01", "in progress", "government", "Ministry of Justice", null));
        Assessment publicOne = followUp.add(EDITOR, rec.id(), form("2015-03-01", "Partially implemented", "civil society", "CFDA", "public"));
        assertThat(privateOne.visibility().id()).isEqualTo("private");
        assertThat(privateOne.enteredBy()).isEqualTo("editor@example.org");
        assertThat(followUp.assessments(RESEARCHER, rec.id())).extracting(Assessment::id).containsExactly(privateOne.id(), publicOne.id());
        assertThat(followUp.assessments(PUBLIC, rec.id())).extracting(Assessment::id).containsExactly(publicOne.id());
        FollowUp f = followUp.followUp(RESEARCHER, rec.id()).orElseThrow();
        assertThat(f.reviewedOn()).isEqualTo(LocalDate.of(2012, 5, 21));
        assertThat(f.summary().latest()).extracting(s -> s.source().kind()).containsExactly(SourceKind.GOVERNMENT, SourceKind.CIVIL_SOCIETY);
        assertThat(audited).extracting(Audited::action).containsExactly("assessment.add", "assessment.add");
        assertThat(audited.getFirst().target()).isEqualTo("recommendation/" + rec.id());
        assertThat(audited.getFirst().after()).containsEntry("status", "in-progress").containsEntry("source_name", "Ministry of Justice");
    }

    @Test
    void a_change_is_audited_with_what_it_was_before() {
        Assessment a = followUp.add(EDITOR, rec.id(), form("2014-03-01", "in-progress", "government", "Ministry of Justice", "public"));
        Assessment changed = followUp.update(EDITOR, a.id(), form("2016-03-01", "fully-implemented", "government", "Ministry of Justice", "public"));
        assertThat(changed.status()).isEqualTo(ImplementationStatus.FULLY_IMPLEMENTED);
        assertThat(followUp.followUp(PUBLIC, rec.id()).orElseThrow().summary().open()).isFalse();
        Audited update = audited.getLast();
        assertThat(update.action()).isEqualTo("assessment.update");
        assertThat(update.before()).containsEntry("status", "in-progress").containsEntry("date", "2014-03-01");
        assertThat(update.after()).containsEntry("status", "fully-implemented").containsEntry("date", "2016-03-01");
    }

    @Test
    void every_mistake_is_named_with_its_field_and_nothing_is_saved() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThatThrownBy(() -> followUp.add(EDITOR, rec.id(), new AssessmentForm(tomorrow, "done", "press", "", "", "ftp://x", "", "x1", "", "secret")))
                .isInstanceOf(FollowUpException.class)
                .satisfies(e -> assertThat(((FollowUpException) e).problems()).containsExactly(
                        "Date: " + tomorrow + " is in the future; give the day the source made its assessment.",
                        "Status: one of not-started, in-progress, partially-implemented, fully-implemented, regressed or unclear, not \"done\".",
                        "Source kind: one of government, nhri, civil-society, un or own, not \"press\".",
                        "Source: name the ministry, institution or organisation that made the assessment.",
                        "Evidence URL: an address starting with http:// or https://, not \"ftp://x\".",
                        "Document: the number of a document, not \"x1\".",
                        "Visibility: public or private, not \"secret\"."));
        assertThatThrownBy(() -> followUp.add(EDITOR, rec.id(), form("2012-05-20", "in-progress", "un", "OHCHR", null)))
                .hasMessage("Date: 2012-05-20 is before the review (2012-05-21); an assessment comes after the recommendation.");
        assertThatThrownBy(() -> followUp.add(EDITOR, rec.id(), form("21/05/2013", "in-progress", "un", "OHCHR", null)))
                .hasMessageContaining("write it as YYYY-MM-DD");
        assertThatThrownBy(() -> followUp.add(EDITOR, new RecommendationId(999_999), form("2014-01-01", "in-progress", "un", "OHCHR", null)))
                .hasMessage("Recommendation: the record holds no recommendation 999999.");
        assertThat(followUp.assessments(EDITOR, rec.id())).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void only_editors_change_assessments_and_due_dates() {
        assertThatThrownBy(() -> followUp.add(RESEARCHER, rec.id(), form("2014-03-01", "in-progress", "government", "MoJ", null)))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("it needs the editor role");
        assertThatThrownBy(() -> followUp.add(PUBLIC, rec.id(), form("2014-03-01", "in-progress", "government", "MoJ", null)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> followUp.setDue(RESEARCHER, rec.id(), "2030-01-01", "")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> followUp.overdue(PUBLIC, 10)).isInstanceOf(NotAllowed.class);
        assertThat(followUp.assessments(EDITOR, rec.id())).isEmpty();
    }

    @Test
    void a_due_date_is_refused_in_the_past_and_met_by_the_next_assessment() {
        assertThatThrownBy(() -> followUp.setDue(EDITOR, rec.id(), "2020-01-01", "")).hasMessageContaining("has passed");
        assertThatThrownBy(() -> followUp.setDue(EDITOR, rec.id(), "soon", "")).hasMessageContaining("write it as YYYY-MM-DD");
        Due due = followUp.setDue(EDITOR, rec.review(), LocalDate.now().toString(), "mid-term report");
        assertThat(followUp.followUp(PUBLIC, rec.id()).orElseThrow().due()).extracting(Due::id).contains(due.id());
        assertThat(audited.getLast().action()).isEqualTo("assessment.due");
        assertThat(audited.getLast().target()).isEqualTo("review/" + rec.review());
        assertThat(FollowUpService.midTerm(LocalDate.of(2012, 5, 21))).isEqualTo(LocalDate.of(2014, 11, 21));
    }

    @Test
    void the_scorecard_counts_responses_of_the_record_and_latest_statuses_by_kind_of_source() {
        StateCode kaz = StateCode.of("KAZ");
        List<Recommendation> received = world.app().recommendations().all(new RecommendationFilter(kaz, List.of(), null, null, null, null, false));
        Recommendation first = received.get(0), second = received.get(1);
        followUp.add(EDITOR, first.id(), form("2015-01-10", "not-started", "government", "Ministry of Justice", "public"));
        followUp.add(EDITOR, first.id(), form("2016-01-10", "fully-implemented", "government", "Ministry of Justice", "public"));
        followUp.add(EDITOR, first.id(), form("2016-02-10", "regressed", "civil-society", "KIBHR", "private"));
        followUp.add(EDITOR, second.id(), form("2016-02-10", "in-progress", "civil-society", "KIBHR", "public"));

        Scorecard.CycleLine researchers = followUp.scorecard(RESEARCHER, kaz).cycles().getFirst();
        assertThat(researchers.cycle()).isEqualTo(2);
        assertThat(researchers.received()).isEqualTo(received.size());
        assertThat(researchers.supported() + researchers.noted() + researchers.pending())
                .isEqualTo(received.stream().filter(r -> r.response() != null).count());
        assertThat(researchers.assessed()).isEqualTo(2);
        assertThat(researchers.status().get(SourceKind.GOVERNMENT)).containsExactlyEntriesOf(java.util.Map.of(ImplementationStatus.FULLY_IMPLEMENTED, 1L));
        assertThat(researchers.status().get(SourceKind.CIVIL_SOCIETY))
                .containsEntry(ImplementationStatus.REGRESSED, 1L).containsEntry(ImplementationStatus.IN_PROGRESS, 1L);

        Scorecard.CycleLine publicLine = followUp.scorecard(PUBLIC, kaz).cycles().getFirst();
        assertThat(publicLine.status().get(SourceKind.CIVIL_SOCIETY)).containsExactlyEntriesOf(java.util.Map.of(ImplementationStatus.IN_PROGRESS, 1L));
    }
}
