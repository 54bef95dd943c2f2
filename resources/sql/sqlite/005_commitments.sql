-- Gleaner library, schema version 5: commitments. A commitment is one promise
-- (who, to whom, how much, by when) built from the text of one or more articles:
-- the same promise reported by two outlets is one commitment with two sources,
-- so that totals count it once.

CREATE TABLE commitments (
    id          INTEGER PRIMARY KEY,
    actor       TEXT NOT NULL DEFAULT '',   -- who commits ("Microsoft")
    beneficiary TEXT NOT NULL DEFAULT '',   -- to whom, or where ("Japan")
    due         TEXT CHECK (due IS NULL OR date(due) = due),
    precision   TEXT CHECK (precision IS NULL OR precision IN ('day', 'month', 'quarter', 'year')),
    period      TEXT NOT NULL DEFAULT '',   -- ISO 8601 duration the promise runs over ("P4Y"), or ''
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX commitments_actor ON commitments(actor COLLATE NOCASE);
CREATE INDEX commitments_due ON commitments(due);

-- How much: one row per amount, in the order the user sees them.
CREATE TABLE commitment_amounts (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    amount        TEXT NOT NULL,   -- plain decimal string
    currency      TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND upper(currency) = currency)),
    unit          TEXT,
    qualifier     TEXT,
    CHECK (currency IS NULL OR unit IS NULL),
    PRIMARY KEY (commitment_id, position)
);

CREATE TABLE commitment_pillars (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    pillar_id     INTEGER NOT NULL REFERENCES pillars(id) ON DELETE RESTRICT,
    PRIMARY KEY (commitment_id, pillar_id)
);
CREATE INDEX commitment_pillars_pillar ON commitment_pillars(pillar_id);

-- Where it is reported: a quote in an article, with the hash of the text the
-- offsets count in, so that a reader can tell whether the quote still stands.
CREATE TABLE commitment_sources (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset     INTEGER NOT NULL CHECK (end_offset > start_offset),
    quote          TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    UNIQUE (commitment_id, article_id, start_offset, end_offset)
);
CREATE INDEX commitment_sources_article ON commitment_sources(article_id);

-- The annotations a commitment was built from.
CREATE TABLE commitment_evidence (
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, annotation_id)
);
CREATE INDEX commitment_evidence_annotation ON commitment_evidence(annotation_id);

-- A commitment whose last source goes (its article was deleted) goes with it;
-- one reported elsewhere too only loses that source. Undo of the delete puts
-- both back (the article's snapshot holds them).
CREATE TRIGGER commitment_sources_last AFTER DELETE ON commitment_sources
WHEN NOT EXISTS (SELECT 1 FROM commitment_sources WHERE commitment_id = old.commitment_id)
BEGIN
    DELETE FROM commitments WHERE id = old.commitment_id;
END;

-- A proposed commitment the user rejected stays rejected, as suggestions do:
-- the decisions table learns the kind 'commitment' (SQLite changes a CHECK only
-- by copying the table).
CREATE TABLE suggestion_decisions_new (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('amount', 'deadline', 'date', 'pillar', 'commitment')),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('rejected')),
    decided_at   TEXT NOT NULL,
    UNIQUE (article_id, kind, start_offset, end_offset)
);
INSERT INTO suggestion_decisions_new SELECT * FROM suggestion_decisions;
DROP TABLE suggestion_decisions;
ALTER TABLE suggestion_decisions_new RENAME TO suggestion_decisions;

-- Rates the user supplies to add amounts of different currencies: one unit of
-- `currency` is worth `rate` units of `target`, as of a day. Totals never
-- convert without them, and show the rates they used.
CREATE TABLE conversion_rates (
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND upper(currency) = currency),
    target   TEXT NOT NULL CHECK (length(target) = 3 AND upper(target) = target),
    rate     TEXT NOT NULL,   -- plain decimal string
    as_of    TEXT NOT NULL CHECK (date(as_of) = as_of),
    PRIMARY KEY (currency, target)
);
