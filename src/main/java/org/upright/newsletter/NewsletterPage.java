package org.upright.newsletter;

import java.util.Map;

/**
 * The editor's page of one issue (or of a new one, {@code newsletter} null): the form with what was typed and each
 * problem beside its field, a frame showing the mail as readers get it, and a notice after a test.
 */
public record NewsletterPage(Newsletter newsletter, NewsletterForm form, Map<String, String> problems, String notice,
                             int perMinute) {
    public boolean isNew() {
        return newsletter == null;
    }

    public boolean readOnly() {
        return newsletter != null && newsletter.sent();
    }

    public boolean problemAt(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    public String action() {
        return isNew() ? "/newsletters" : newsletter.url();
    }
}
