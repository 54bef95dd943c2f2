-- Gleaner library, schema version 2: suggestions the user rejected stay rejected
-- for that article (they are keyed by kind and span, so a re-run finds them).
CREATE TABLE suggestion_decisions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('amount', 'deadline', 'date', 'pillar')),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('rejected')),
    decided_at   TEXT NOT NULL,
    UNIQUE (article_id, kind, start_offset, end_offset)
);
