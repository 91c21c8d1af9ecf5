-- Classification: machine action categories kept apart from the data's, and suggestions a person rejected, so they are not made again.
CREATE TABLE action_suggestion (
    recommendation_id BIGINT PRIMARY KEY REFERENCES recommendation (id),
    category          INTEGER NOT NULL,
    confidence        REAL NOT NULL,
    model_version     TEXT NOT NULL
);

CREATE TABLE label_rejection (
    recommendation_id BIGINT NOT NULL REFERENCES recommendation (id),
    kind              TEXT NOT NULL,
    value             TEXT NOT NULL,
    rejected_at       TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, kind, value)
);
