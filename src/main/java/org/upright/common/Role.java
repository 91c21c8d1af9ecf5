package org.upright.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a person may do, each role including the ones before it: the public reads, researchers also hold API tokens, editors change the record, admins run accounts and read the audit log. */
public enum Role {
    ANONYMOUS, RESEARCHER, EDITOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** "researcher", "editor", "admin" (anonymous is nobody's role: it is the absence of an account). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a person can be given, by its id; empty for anything else (including anonymous). */
    public static Optional<Role> assignable(String id) {
        if (id == null) return Optional.empty();
        return assignable().stream().filter(r -> r.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Every role but anonymous, lowest first. */
    public static List<Role> assignable() {
        return Arrays.stream(values()).filter(r -> r != ANONYMOUS).toList();
    }

    /** "researcher, editor or admin", for messages. */
    public static String assignableIds() {
        return Choices.of(assignable().stream().map(Role::id).toList());
    }
}
