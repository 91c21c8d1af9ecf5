-- Cases: individuals at risk with a timeline, their sources and the recommendations they bear on; private unless an editor makes them public.
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    state_code  TEXT NOT NULL REFERENCES state (code),
    status      TEXT NOT NULL,
    summary     TEXT NOT NULL,
    visibility  TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX cases_state ON cases (state_code);

CREATE TABLE case_event (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    happened_on TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX case_event_case ON case_event (case_id, happened_on);

CREATE TABLE case_source (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    name        TEXT NOT NULL,
    note        TEXT NOT NULL,
    visibility  TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private'))
);
CREATE INDEX case_source_case ON case_source (case_id);

CREATE TABLE case_recommendation (
    case_id           INTEGER NOT NULL REFERENCES cases (id),
    recommendation_id INTEGER NOT NULL REFERENCES recommendation (id),
    PRIMARY KEY (case_id, recommendation_id)
);
