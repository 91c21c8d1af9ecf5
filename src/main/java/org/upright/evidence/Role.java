package org.upright.evidence;

import java.util.Locale;

/** What a person named in a document is, as the words around the name tell. */
public enum Role {
    OFFICIAL, ACTIVIST, JOURNALIST, LAWYER, SPOKESPERSON, AUTHOR, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
