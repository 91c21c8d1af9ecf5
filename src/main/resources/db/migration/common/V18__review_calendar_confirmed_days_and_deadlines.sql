-- The review calendar: the day a state is reviewed and the deadlines around it, from a schedule file or an editor; a session may be one the record does not hold yet, so no foreign key to session.
CREATE TABLE review_schedule (
    state_code          TEXT NOT NULL REFERENCES state (code),
    session_number      INTEGER NOT NULL,
    review_on           TEXT,
    national_report_due TEXT,
    stakeholders_due    TEXT,
    adoption_on         TEXT,
    source              TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    PRIMARY KEY (state_code, session_number)
);
