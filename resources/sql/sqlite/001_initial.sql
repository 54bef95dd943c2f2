-- Gleaner library, schema version 1.
-- Offsets are UTF-16 code units into articles.text, end exclusive.
-- Dates are ISO 8601 text: 'YYYY-MM-DD' for dates, UTC 'YYYY-MM-DDTHH:MM:SS.zzzZ' for times.

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    url                 TEXT NOT NULL DEFAULT '',  -- where it was fetched from (after redirects)
    canonical_url       TEXT NOT NULL DEFAULT '',  -- the page's own canonical URL
    title               TEXT NOT NULL DEFAULT '',
    byline              TEXT NOT NULL DEFAULT '',
    site                TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    published           TEXT CHECK (published IS NULL OR date(published) = published),
    imported_at         TEXT NOT NULL,
    language            TEXT NOT NULL DEFAULT '',
    source_kind         TEXT NOT NULL CHECK (source_kind IN ('url', 'file', 'paste')),
    source_name         TEXT NOT NULL DEFAULT '',  -- file name, or empty
    source_charset      TEXT NOT NULL DEFAULT '',
    raw_source          BLOB NOT NULL,             -- the bytes as received, so cleaning can be redone
    text                TEXT NOT NULL,             -- cleaned plain text; annotations anchor to it
    html                TEXT NOT NULL,             -- sanitized HTML for display
    segments            TEXT NOT NULL DEFAULT '[]',-- JSON: which text ranges are which displayed blocks
    text_sha256         TEXT NOT NULL,
    previous_version_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    annotation_count    INTEGER NOT NULL DEFAULT 0 -- kept by triggers, for sorting the list
);
CREATE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_text_sha256 ON articles(text_sha256);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_imported_at ON articles(imported_at);
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
CREATE INDEX articles_annotation_count ON articles(annotation_count);

CREATE TABLE pillars (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    color       TEXT NOT NULL DEFAULT '',   -- '#rrggbb'
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('pillar', 'amount', 'deadline', 'note')),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
    quote        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    pillar_id    INTEGER REFERENCES pillars(id) ON DELETE RESTRICT,
    amount       TEXT,   -- plain decimal string
    currency     TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND upper(currency) = currency)),
    unit         TEXT,
    qualifier    TEXT,
    due          TEXT CHECK (due IS NULL OR date(due) = due),
    precision    TEXT CHECK (precision IS NULL OR precision IN ('day', 'month', 'quarter', 'year')),
    note         TEXT,
    origin       TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user', 'suggestion')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (currency IS NULL OR unit IS NULL)
);
CREATE INDEX annotations_article ON annotations(article_id, start_offset);
CREATE INDEX annotations_pillar ON annotations(pillar_id) WHERE pillar_id IS NOT NULL;

CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
    UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
END;
CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
    UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
END;

-- Full-text search over article titles and text, and annotation quotes and notes.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE annotations_fts USING fts5(
    quote, note, content = 'annotations', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, quote, note) VALUES (new.id, new.quote, coalesce(new.note, ''));
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, quote, note)
        VALUES ('delete', old.id, old.quote, coalesce(old.note, ''));
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF quote, note ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, quote, note)
        VALUES ('delete', old.id, old.quote, coalesce(old.note, ''));
    INSERT INTO annotations_fts(rowid, quote, note) VALUES (new.id, new.quote, coalesce(new.note, ''));
END;
