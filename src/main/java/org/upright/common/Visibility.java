package org.upright.common;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see a record. Public UN data is public; what civil society gathers about people at risk (cases and
 * their sources) is private until an editor decides otherwise, and then only signed-in researchers, editors
 * and admins see it.
 */
public enum Visibility {
    PUBLIC, PRIVATE;

    /** The visibilities a role may see: the public only public records, every account all of them. */
    public static Set<Visibility> seenBy(Role role) {
        return role.atLeast(Role.RESEARCHER) ? EnumSet.allOf(Visibility.class) : EnumSet.of(PUBLIC);
    }

    public boolean seenBy(Viewer viewer) {
        return seenBy(viewer.role()).contains(this);
    }

    /** "public" or "private", as forms, the API and the database write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> parse(String id) {
        if (id == null) return Optional.empty();
        for (Visibility v : values()) if (v.id().equals(id.strip().toLowerCase(Locale.ROOT))) return Optional.of(v);
        return Optional.empty();
    }
}
