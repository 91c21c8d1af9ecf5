package org.upright.followup;

import java.util.List;
import java.util.Map;
import org.upright.state.StateRef;

/**
 * A recommendation's follow-up on the page: the sources side by side, the timeline, the due dates, and for editors
 * the form to add an assessment (or change one), with what was typed and each problem beside its field.
 *
 * @param editing the assessment the form changes, or null for a new one
 */
public record FollowUpPage(FollowUp followUp, StateRef state, AssessmentForm form, Map<String, String> problems,
                           Long editing, String dueProblem) {
    public long id() {
        return followUp.recommendation().id().value();
    }

    public String action() {
        return editing == null ? "/recommendations/" + id() + "/assessments" : "/assessments/" + editing;
    }

    /** The problem of one field ("Date", "Status", …), or null. */
    public String problem(String field) {
        return problems.get(field);
    }

    public List<ImplementationStatus> statuses() {
        return List.of(ImplementationStatus.values());
    }

    public List<SourceKind> kinds() {
        return List.of(SourceKind.values());
    }

    /** The mid-term report's usual day, offered as the due date while it is still ahead (else nothing is offered). */
    public String midTerm() {
        java.time.LocalDate day = FollowUpService.midTerm(followUp.reviewedOn());
        return day.isBefore(java.time.LocalDate.now()) ? "" : day.toString();
    }

    /** Problems keyed by the field each names before its colon ("Date: …" → "Date"). */
    static Map<String, String> byField(List<String> problems) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String p : problems) {
            int colon = p.indexOf(':');
            out.merge(colon > 0 ? p.substring(0, colon) : "", colon > 0 ? p.substring(colon + 1).strip() : p, (a, b) -> a + " " + b);
        }
        return out;
    }
}
