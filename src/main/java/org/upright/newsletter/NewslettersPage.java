package org.upright.newsletter;

import java.util.List;

/** The editors' list of issues, or the public archive of those sent ({@code archive} true). */
public record NewslettersPage(List<Newsletter> newsletters, boolean archive) {
}
