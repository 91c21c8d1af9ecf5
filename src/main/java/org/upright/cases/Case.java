package org.upright.cases;

import org.upright.common.StateCode;
import org.upright.common.Visibility;

/** An individual at risk (an imprisoned activist, a disappeared journalist) as the record holds them. */
public record Case(CaseId id, String name, StateCode state, String status, String summary, Visibility visibility,
                   String createdAt, String updatedAt) {
}
