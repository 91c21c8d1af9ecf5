package org.upright.cases;

import org.upright.common.Visibility;

/** Who or what told us about a case: a name that can put a person at risk, so private unless made public. */
public record CaseSource(long id, String name, String note, Visibility visibility) {
}
