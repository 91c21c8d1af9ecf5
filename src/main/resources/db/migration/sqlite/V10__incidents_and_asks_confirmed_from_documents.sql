-- Incidents (a protest broken up, a sentence, a ban) and asks (what civil society requests), each confirmed by an editor from a document's draft and linked to the recommendations they bear on, with the search engine's score.
CREATE TABLE incident (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id BIGINT NOT NULL REFERENCES document (id),
    state_code  TEXT REFERENCES state (code),
    kind        TEXT NOT NULL,
    what        TEXT NOT NULL,
    place       TEXT,
    date_from   TEXT NOT NULL,
    date_to     TEXT,
    precision   TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    count_text  TEXT,
    count_min   INTEGER,
    count_max   INTEGER,
    visibility  TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private')),
    created_at  TEXT NOT NULL
);
CREATE INDEX incident_state ON incident (state_code, date_from);

CREATE TABLE incident_recommendation (
    incident_id       BIGINT NOT NULL REFERENCES incident (id),
    recommendation_id BIGINT NOT NULL REFERENCES recommendation (id),
    score             REAL NOT NULL,
    PRIMARY KEY (incident_id, recommendation_id)
);

CREATE TABLE ask (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id BIGINT NOT NULL REFERENCES document (id),
    state_code  TEXT REFERENCES state (code),
    text        TEXT NOT NULL,
    visibility  TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private')),
    created_at  TEXT NOT NULL
);
CREATE INDEX ask_document ON ask (document_id);

CREATE TABLE ask_recommendation (
    ask_id            BIGINT NOT NULL REFERENCES ask (id),
    recommendation_id BIGINT NOT NULL REFERENCES recommendation (id),
    score             REAL NOT NULL,
    PRIMARY KEY (ask_id, recommendation_id)
);
