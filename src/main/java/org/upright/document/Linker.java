package org.upright.document;

import java.util.List;
import java.util.Optional;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.evidence.Link;

/** What the draft needs from the rest of the record: similar recommendations (search) and cases of the same name. */
public interface Linker {
    /** The recommendations to the state most like the text, best first, with the search engine's score. */
    List<Link> recommendations(String text, StateCode state, int count);

    /** The case of a person of exactly this name in this state that the viewer may see. */
    Optional<Long> caseNamed(Viewer viewer, String name, StateCode state);
}
