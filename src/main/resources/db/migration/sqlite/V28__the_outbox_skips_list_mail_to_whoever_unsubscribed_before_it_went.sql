-- A list mail still waiting when its subscriber unsubscribes is not sent but marked skipped; SQLite cannot change a CHECK, so the outbox is copied into a table that allows the new status.
CREATE TABLE mail_outbox_new (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient        TEXT NOT NULL,
    recipient_name   TEXT NOT NULL,
    subject          TEXT NOT NULL,
    text_body        TEXT NOT NULL,
    html_body        TEXT NOT NULL,
    unsubscribe_url  TEXT,
    dedupe_key       TEXT UNIQUE,
    subscriber_id    INTEGER REFERENCES subscriber (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
INSERT INTO mail_outbox_new (id, recipient, recipient_name, subject, text_body, html_body, unsubscribe_url, dedupe_key,
                             subscriber_id, status, attempts, next_attempt_at, last_error, created_at, sent_at)
SELECT id, recipient, recipient_name, subject, text_body, html_body, unsubscribe_url, dedupe_key,
       subscriber_id, status, attempts, next_attempt_at, last_error, created_at, sent_at FROM mail_outbox;
DROP TABLE mail_outbox;
ALTER TABLE mail_outbox_new RENAME TO mail_outbox;
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
