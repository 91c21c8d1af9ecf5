-- Repeated recommendations: a later recommendation linked to an earlier one to the same state that it repeats, with the score the search engine and the shared labels gave it, and a person's decision, which a new linking run keeps.
CREATE TABLE repeat_link (
    earlier_id    BIGINT NOT NULL REFERENCES recommendation (id),
    later_id      BIGINT NOT NULL REFERENCES recommendation (id),
    -- 0..1: the text's resemblance raised by shared issues and themes
    score         DOUBLE PRECISION NOT NULL,
    text_score    DOUBLE PRECISION NOT NULL,
    shared_labels INTEGER NOT NULL,
    -- null until a person decides; a rejected link stays rejected when linking runs again
    decision      TEXT CHECK (decision IN ('confirmed', 'rejected')),
    decided_by    TEXT,
    decided_at    TEXT,
    linked_at     TEXT NOT NULL,
    PRIMARY KEY (earlier_id, later_id),
    CHECK (earlier_id <> later_id)
);
CREATE INDEX repeat_link_later ON repeat_link (later_id);

-- each linking run over the whole record: until one has run, the scorecard cannot say what was repeated
CREATE TABLE repeat_linking (
    finished_at     TEXT NOT NULL,
    recommendations INTEGER NOT NULL,
    links           INTEGER NOT NULL,
    took_ms         BIGINT NOT NULL
);
