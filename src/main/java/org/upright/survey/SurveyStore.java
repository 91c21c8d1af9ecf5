package org.upright.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where surveys, their questions, invitations and answers live. The service decides who may read or change what. */
public interface SurveyStore {
    /** Every survey, newest first, with its number of questions and answers. */
    List<SurveyLine> all();

    Optional<Survey> byId(SurveyId id);

    Optional<Survey> bySlug(String slug);

    SurveyId create(SurveyForm.Checked form, String signingKey, String now);

    void update(SurveyId id, SurveyForm.Checked form, String now);

    void status(SurveyId id, SurveyStatus status, String now);

    String signingKey(SurveyId id);

    List<Question> questions(SurveyId id);

    /** Adds the question after the last one; its id. */
    long addQuestion(SurveyId id, QuestionForm.Checked form, String now);

    /** Removes the question and closes the gap in the order; false when the survey has no such question. */
    boolean removeQuestion(SurveyId id, long question, String now);

    /** Swaps the question with its neighbour (up: the one before); false when there is none that way. */
    boolean moveQuestion(SurveyId id, long question, boolean up, String now);

    /** Makes this many unused invitations; their numbers. */
    List<Long> createInvitations(SurveyId id, int count, String now);

    /** The survey's invitations in order of making. */
    List<Invitation> invitations(SurveyId id);

    /** The survey's invitation of that number, if it made one. */
    Optional<Invitation> invitation(SurveyId id, long number);

    /** Marks the invitation used now; false when it is not the survey's or was used already (so nothing changes). */
    boolean useInvitation(SurveyId id, long invitation, String now);

    long saveResponse(SurveyId id, Long invitation, Map<Long, List<String>> answers, String now);

    /** The survey's answers, oldest first. */
    List<Response> responses(SurveyId id);

    /** Deletes one answer with everything it said; false when the survey holds no such answer. */
    boolean deleteResponse(SurveyId id, long response);
}
