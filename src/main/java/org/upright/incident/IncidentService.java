package org.upright.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.common.Audited;
import org.upright.common.ChangeEvents;
import org.upright.common.NotAllowed;
import org.upright.common.Role;
import org.upright.common.StateCode;
import org.upright.common.Viewer;
import org.upright.common.Visibility;
import org.upright.evidence.Link;

/**
 * Incidents for whoever asks, as cases are: a viewer sees what their role may see, a private incident is
 * answered as if it did not exist, and only editors record one (from a document's draft). Each is audited.
 */
public final class IncidentService {
    private final IncidentStore store;
    private final ChangeEvents events;

    public IncidentService(IncidentStore store, ChangeEvents events) {
        this.store = store;
        this.events = events;
    }

    public List<Incident> find(Viewer viewer, StateCode state, int limit) {
        return store.find(Visibility.seenBy(viewer.role()), state, Math.max(1, Math.min(limit, 500)));
    }

    public Optional<Incident> find(Viewer viewer, IncidentId id) {
        return store.byId(id).filter(i -> i.visibility().seenBy(viewer));
    }

    public List<Link> recommendations(IncidentId id) {
        return store.recommendations(id);
    }

    /** Records an incident; the caller runs this inside its own transaction when it saves more with it. */
    public IncidentId create(Viewer viewer, Incident incident, List<Link> recommendations) {
        if (!viewer.can(Role.EDITOR)) throw new NotAllowed("Only editors record incidents; ask an admin for the editor role.");
        IncidentId id = store.create(incident, recommendations);
        events.publish(new Audited(viewer, "incident.create", "incident/" + id, null,
                Map.of("kind", incident.kind(), "date", incident.dateFrom(), "document", incident.document()), Map.of()));
        return id;
    }
}
