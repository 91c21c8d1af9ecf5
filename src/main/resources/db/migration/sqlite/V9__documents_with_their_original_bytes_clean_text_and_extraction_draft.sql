-- Documents (press releases, statements, submissions): the original bytes, the clean text, and the extraction draft a person confirms item by item; private unless an editor makes them public.
CREATE TABLE document (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT NOT NULL,
    publisher       TEXT NOT NULL,
    published_on    TEXT,
    language        TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    original        BLOB NOT NULL,
    text            TEXT NOT NULL,
    state_code      TEXT REFERENCES state (code),
    review_date     TEXT,
    previous_review TEXT,
    notices         TEXT NOT NULL,
    visibility      TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private')),
    created_at      TEXT NOT NULL
);
CREATE INDEX document_state ON document (state_code);

-- one extracted item of a document's draft: its kind, what it says (JSON), the span of text it came from, and what a person decided
CREATE TABLE document_item (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id BIGINT NOT NULL REFERENCES document (id),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('date', 'person', 'organisation', 'provision', 'incident', 'ask')),
    label       TEXT NOT NULL,
    data        TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    confidence  REAL NOT NULL,
    status      TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'corrected', 'rejected')),
    result      TEXT,
    decided_at  TEXT
);
CREATE INDEX document_item_document ON document_item (document_id, position);
