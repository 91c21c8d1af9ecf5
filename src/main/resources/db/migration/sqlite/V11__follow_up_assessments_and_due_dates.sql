-- Follow-up: dated assessments of how far a recommendation is implemented, each by a named source of a kind, and the dates the next assessment is due.
CREATE TABLE assessment (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id INTEGER NOT NULL REFERENCES recommendation (id),
    assessed_on       TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'partially-implemented',
                                                      'fully-implemented', 'regressed', 'unclear')),
    source_kind       TEXT NOT NULL CHECK (source_kind IN ('government', 'nhri', 'civil-society', 'un', 'own')),
    source_name       TEXT NOT NULL,
    source_wording    TEXT NOT NULL,
    evidence_url      TEXT NOT NULL,
    evidence_passage  TEXT NOT NULL,
    -- a document of the evidence feature, filled once it exists; no foreign key so this table does not wait for it
    document_id       INTEGER,
    note              TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private')),
    entered_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX assessment_recommendation ON assessment (recommendation_id, assessed_on);

-- when the next assessment of a recommendation, or of every recommendation of a review, is due
CREATE TABLE follow_up_due (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id INTEGER REFERENCES recommendation (id),
    review_id         INTEGER REFERENCES review (id),
    due_on            TEXT NOT NULL,
    note              TEXT NOT NULL,
    set_by            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    CHECK ((recommendation_id IS NULL) <> (review_id IS NULL))
);
CREATE INDEX follow_up_due_on ON follow_up_due (due_on);
