-- Surveys: an editor's questions, published at /surveys/{slug} and answered by the public without an account
-- (optionally once per signed invitation link); answers are personal data, read by editors only and deletable one by one.
CREATE TABLE survey (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    slug          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    intro         TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    by_invitation BOOLEAN NOT NULL DEFAULT FALSE,
    signing_key   TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE survey_question (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    survey_id  INTEGER NOT NULL REFERENCES survey (id),
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'scale', 'text')),
    prompt     TEXT NOT NULL,
    required   BOOLEAN NOT NULL,
    choices    TEXT NOT NULL,
    scale_min  INTEGER,
    scale_max  INTEGER,
    min_label  TEXT NOT NULL,
    max_label  TEXT NOT NULL
);
CREATE INDEX survey_question_survey ON survey_question (survey_id, position);

CREATE TABLE survey_invitation (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    survey_id  INTEGER NOT NULL REFERENCES survey (id),
    created_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX survey_invitation_survey ON survey_invitation (survey_id);

CREATE TABLE survey_response (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    survey_id     INTEGER NOT NULL REFERENCES survey (id),
    invitation_id INTEGER REFERENCES survey_invitation (id),
    submitted_at  TEXT NOT NULL
);
CREATE INDEX survey_response_survey ON survey_response (survey_id, submitted_at);

CREATE TABLE survey_answer (
    response_id INTEGER NOT NULL REFERENCES survey_response (id),
    question_id INTEGER NOT NULL REFERENCES survey_question (id),
    value       TEXT NOT NULL
);
CREATE INDEX survey_answer_response ON survey_answer (response_id);
CREATE INDEX survey_answer_question ON survey_answer (question_id);
