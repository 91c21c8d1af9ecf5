package org.upright.survey;

/**
 * A survey without its questions.
 *
 * @param slug         the last part of its public address, /surveys/{slug}
 * @param byInvitation true when only the holders of an invitation link may answer, each link once
 */
public record Survey(SurveyId id, String slug, String title, String intro, SurveyStatus status, boolean byInvitation,
                     String createdAt, String updatedAt) {
    public String publicUrl() {
        return "/surveys/" + slug;
    }

    public String editUrl() {
        return "/surveys/" + id + "/edit";
    }

    public boolean draft() {
        return status == SurveyStatus.DRAFT;
    }

    public boolean open() {
        return status == SurveyStatus.OPEN;
    }
}
