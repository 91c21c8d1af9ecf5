package org.upright.account;

import org.upright.common.Language;
import org.upright.common.Viewer;

/**
 * A signed-in session.
 *
 * @param id   the secret in the cookie; known only when the session starts (the database keeps its hash), else null
 * @param csrf the token every form of this session must send back
 * @param language the language the account chose; null to follow the browser
 */
public record Session(String id, String csrf, Viewer viewer, Language language) {
}
