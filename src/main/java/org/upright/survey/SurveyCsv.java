package org.upright.survey;

import java.util.ArrayList;
import java.util.List;
import org.upright.common.Csv;

/** A survey's answers and invitations as CSV: one row per answer (several choices joined by "; "), one per invitation. */
final class SurveyCsv {
    private SurveyCsv() {
    }

    static String answers(List<Question> questions, List<Response> responses) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        List<String> header = new ArrayList<>(List.of("answer", "submitted_at", "by_invitation"));
        for (Question q : questions) header.add(q.position() + ". " + q.prompt());
        Csv.line(out, header);
        for (Response r : responses) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(r.id()), r.submittedAt(), r.invited() ? "yes" : "no"));
            for (Question q : questions) cells.add(String.join("; ", r.to(q)));
            Csv.line(out, cells);
        }
        return out.toString();
    }

    static String invitations(List<InvitationLink> links) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        Csv.line(out, List.of("invitation", "link", "made_at", "used_at"));
        for (InvitationLink l : links) {
            Invitation i = l.invitation();
            Csv.line(out, List.of(Long.toString(i.id()), l.link(), i.createdAt(), i.used() ? i.usedAt() : ""));
        }
        return out.toString();
    }
}
