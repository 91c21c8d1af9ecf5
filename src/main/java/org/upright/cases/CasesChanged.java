package org.upright.cases;

/** Announced after a case was created or changed and the change is committed. */
public record CasesChanged(CaseId id) {
}
