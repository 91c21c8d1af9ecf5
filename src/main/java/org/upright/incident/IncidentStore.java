package org.upright.incident;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.evidence.Link;

/** Where incidents live with the recommendations they bear on. Lists take the visibilities the reader may see. */
public interface IncidentStore {
    IncidentId create(Incident incident, List<Link> recommendations);

    Optional<Incident> byId(IncidentId id);

    /** Incidents of these visibilities, latest first; a state narrows it. */
    List<Incident> find(Set<Visibility> visible, StateCode state, int limit);

    List<Link> recommendations(IncidentId id);
}
