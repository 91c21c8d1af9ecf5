-- The UPR record: states, sessions, reviews, recommendations with their states, labels and provenance.
CREATE TABLE state (
    code           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    regional_group TEXT NOT NULL,
    member         BOOLEAN NOT NULL
);

CREATE TABLE session (
    number     INTEGER PRIMARY KEY,
    cycle      INTEGER NOT NULL,
    year       INTEGER NOT NULL,
    starts_on  TEXT,
    ends_on    TEXT
);

CREATE TABLE review (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    state_code      TEXT NOT NULL REFERENCES state (code),
    session_number  INTEGER NOT NULL REFERENCES session (number),
    document_symbol TEXT,
    UNIQUE (state_code, session_number)
);

CREATE TABLE recommendation (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id       INTEGER NOT NULL REFERENCES review (id),
    paragraph       TEXT,
    text            TEXT NOT NULL,
    response        TEXT,
    response_final  BOOLEAN NOT NULL,
    pledge          BOOLEAN NOT NULL,
    action_category INTEGER,
    created_at      TEXT NOT NULL
);
CREATE INDEX recommendation_review ON recommendation (review_id);

CREATE TABLE recommending_state (
    recommendation_id INTEGER NOT NULL REFERENCES recommendation (id),
    state_code        TEXT NOT NULL REFERENCES state (code),
    PRIMARY KEY (recommendation_id, state_code)
);
CREATE INDEX recommending_state_code ON recommending_state (state_code);

CREATE TABLE label (
    recommendation_id INTEGER NOT NULL REFERENCES recommendation (id),
    kind              TEXT NOT NULL,
    value             TEXT NOT NULL,
    origin            TEXT NOT NULL,
    confidence        REAL,
    model_version     TEXT,
    PRIMARY KEY (recommendation_id, kind, value, origin)
);
CREATE INDEX label_value ON label (kind, value);

CREATE TABLE source_file (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256                 TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    path                   TEXT NOT NULL,
    format                 TEXT NOT NULL,
    imported_at            TEXT NOT NULL,
    rows_read              INTEGER NOT NULL,
    recommendations_new    INTEGER NOT NULL,
    recommendations_merged INTEGER NOT NULL,
    rejected               INTEGER NOT NULL
);

CREATE TABLE provenance (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id INTEGER NOT NULL REFERENCES recommendation (id),
    source_file_id    INTEGER NOT NULL REFERENCES source_file (id),
    line              INTEGER NOT NULL,
    paragraph         TEXT,
    raw_response      TEXT
);
CREATE INDEX provenance_recommendation ON provenance (recommendation_id);
CREATE INDEX provenance_file ON provenance (source_file_id);
