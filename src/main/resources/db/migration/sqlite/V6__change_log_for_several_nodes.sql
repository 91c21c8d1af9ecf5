-- Every committed change, written in the change's own transaction, so each web node (and a server beside a command-line import) learns what the others changed.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    logged_at BIGINT NOT NULL,
    topic     TEXT NOT NULL,
    ids       TEXT NOT NULL
);
CREATE INDEX change_log_logged_at ON change_log (logged_at);
