package org.upright.survey;

/** An invitation to answer once; usedAt is null while it is unused. */
public record Invitation(long id, String createdAt, String usedAt) {
    public boolean used() {
        return usedAt != null;
    }
}
