package org.upright.common;

import java.util.Map;

/**
 * Announced by a service after something the audit log keeps: a sign-in, a change, an import, an export, a
 * role change. The audit feature listens and appends one row; nobody else needs to know it exists.
 *
 * @param action  a dotted name such as "sign-in.failed", "label.accept", "export"
 * @param target  what it was done to ("user/3", "recommendation/42", a query), or null
 * @param before  the state before a change (null when nothing was there or nothing changed)
 * @param after   the state after a change
 * @param details anything else worth keeping (rows exported, files imported, the reason of a failure)
 */
public record Audited(Viewer who, String action, String target, Map<String, Object> before, Map<String, Object> after,
                      Map<String, Object> details) {
    public static Audited of(Viewer who, String action, String target, Map<String, Object> details) {
        return new Audited(who, action, target, null, null, details);
    }
}
