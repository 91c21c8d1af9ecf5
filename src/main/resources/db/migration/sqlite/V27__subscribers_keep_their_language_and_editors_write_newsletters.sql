-- Mails speak the subscriber's language (the one they signed up in), and editors write newsletters in Markdown that go to every confirmed subscriber or to those following one state or theme.
ALTER TABLE subscriber ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

CREATE TABLE newsletter (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    subject        TEXT NOT NULL,
    body           TEXT NOT NULL,
    segment_kind   TEXT NOT NULL DEFAULT 'all' CHECK (segment_kind IN ('all', 'state', 'theme')),
    segment_value  TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('draft', 'sent')),
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    sent_by        TEXT,
    sent_at        TEXT
);
