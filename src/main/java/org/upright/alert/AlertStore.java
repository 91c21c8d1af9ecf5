package org.upright.alert;

import java.util.List;
import java.util.Optional;

/** The alerts owed to subscribers, each once. */
public interface AlertStore {
    /** Records the alert; its id, or empty when the subscriber had this alert already. */
    Optional<Long> add(long subscriber, String key, AlertKind kind, String title, String text, String path, String because, String now);

    /** The subscriber's alerts not mailed yet, oldest first. */
    List<Alert> unmailed(long subscriber);

    void mailed(List<Long> ids, String now);

    void forget(long subscriber);
}
