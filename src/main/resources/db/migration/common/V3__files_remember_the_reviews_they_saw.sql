-- A file imported with rejects is read again only when the record has gained reviews since: its year-only rows may then find theirs.
ALTER TABLE source_file ADD COLUMN reviews_seen INTEGER NOT NULL DEFAULT 0;
