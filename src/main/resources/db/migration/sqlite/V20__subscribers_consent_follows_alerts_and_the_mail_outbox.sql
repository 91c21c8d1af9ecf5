-- Outreach by e-mail: subscribers who signed up with their consent on record, what they follow, the alerts each was owed (once), and an outbox of mails a sender delivers with retries.
CREATE TABLE subscriber (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    email            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
    frequency        TEXT NOT NULL DEFAULT 'instant' CHECK (frequency IN ('instant', 'daily', 'weekly')),
    confirm_nonce    TEXT,
    consent_text     TEXT NOT NULL,
    consent_page     TEXT NOT NULL,
    consent_address  TEXT NOT NULL,
    signed_up_at     TEXT NOT NULL,
    confirmed_at     TEXT,
    unsubscribed_at  TEXT,
    digest_sent_at   TEXT
);

CREATE TABLE subscriber_follow (
    subscriber_id  INTEGER NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('state', 'issue', 'theme', 'case', 'search')),
    value          TEXT NOT NULL,
    PRIMARY KEY (subscriber_id, kind, value)
);

-- every sign-up asked for, kept an hour, so a flood from one address or for one e-mail is refused
CREATE TABLE signup_attempt (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       TEXT NOT NULL,
    address     TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX signup_attempt_at ON signup_attempt (at);

-- an alert is owed once per subscriber and thing that happened: the key makes a second announcement of the same change a no-op
CREATE TABLE subscriber_alert (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id  INTEGER NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
    alert_key      TEXT NOT NULL,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    path           TEXT NOT NULL,
    because        TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    mailed_at      TEXT,
    UNIQUE (subscriber_id, alert_key)
);
CREATE INDEX subscriber_alert_unmailed ON subscriber_alert (subscriber_id, mailed_at);

-- mails waiting, sent or given up; dedupe_key makes queueing the same mail twice a no-op
CREATE TABLE mail_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient        TEXT NOT NULL,
    recipient_name   TEXT NOT NULL,
    subject          TEXT NOT NULL,
    text_body        TEXT NOT NULL,
    html_body        TEXT NOT NULL,
    unsubscribe_url  TEXT,
    dedupe_key       TEXT UNIQUE,
    subscriber_id    INTEGER REFERENCES subscriber (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- the key that signs the links in mails (confirm, preferences, unsubscribe), shared by every node of one database
CREATE TABLE mail_signing_key (
    id     INTEGER PRIMARY KEY,
    secret TEXT NOT NULL
);
