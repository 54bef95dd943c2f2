-- Gleaner library, schema version 6: feeds. A feed is a subscription (RSS, Atom,
-- JSON Feed); its items are kept until they are old and nobody needs them. An
-- item the user opens becomes an article of the library (article_id), and from
-- then on it is kept for as long as the library has that article.

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,       -- the feed document's address
    site_url        TEXT NOT NULL DEFAULT '',   -- the site it belongs to
    title           TEXT NOT NULL DEFAULT '',
    folder          TEXT NOT NULL DEFAULT '',   -- '' for none; nested folders joined by " / "
    full_text       TEXT NOT NULL DEFAULT 'auto' CHECK (full_text IN ('auto', 'summary', 'full')),
    refresh_minutes INTEGER NOT NULL DEFAULT 60 CHECK (refresh_minutes >= 5),
    etag            TEXT NOT NULL DEFAULT '',   -- for conditional GET
    last_modified   TEXT NOT NULL DEFAULT '',
    checked_at      TEXT,                       -- last attempt, UTC ISO 8601
    next_check_at   TEXT,                       -- not before (Retry-After, back-off)
    failures        INTEGER NOT NULL DEFAULT 0, -- attempts failed in a row
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    item_count      INTEGER NOT NULL DEFAULT 0, -- kept by the triggers below, so that the
    unread_count    INTEGER NOT NULL DEFAULT 0  -- feeds pane's counts need no scan of the items
);
CREATE INDEX feeds_folder ON feeds(folder);

CREATE TABLE feed_items (
    id          INTEGER PRIMARY KEY,
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid        TEXT NOT NULL,                -- GUID, else link, else a hash of title and date
    title       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    published   TEXT,                         -- UTC ISO 8601, or NULL when the feed does not say
    summary     TEXT NOT NULL DEFAULT '',     -- HTML as the feed sent it
    content     TEXT NOT NULL DEFAULT '',     -- HTML of the full text, when the feed has it
    content_sha256 TEXT NOT NULL DEFAULT '',  -- of title, summary and content: tells a changed item
    seen_at     TEXT NOT NULL,                -- first stored
    sort_at     TEXT NOT NULL,                -- published, else seen_at: the order of the lists
    is_read     INTEGER NOT NULL DEFAULT 0 CHECK (is_read IN (0, 1)),
    starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    UNIQUE (feed_id, guid)
);
CREATE INDEX feed_items_unread ON feed_items(is_read, sort_at);
CREATE INDEX feed_items_feed ON feed_items(feed_id, is_read, sort_at);
CREATE INDEX feed_items_article ON feed_items(article_id) WHERE article_id IS NOT NULL;
CREATE INDEX feed_items_starred ON feed_items(starred, sort_at) WHERE starred = 1;

-- What retention took: a feed that still lists an old item (one without a date,
-- say) does not bring it back as new. Kept for a year after the pruning.
CREATE TABLE feed_pruned (
    feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid      TEXT NOT NULL,
    pruned_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
);

CREATE TRIGGER feed_items_counted AFTER INSERT ON feed_items BEGIN
    UPDATE feeds SET item_count = item_count + 1, unread_count = unread_count + (NEW.is_read = 0)
    WHERE id = NEW.feed_id;
END;
CREATE TRIGGER feed_items_uncounted AFTER DELETE ON feed_items BEGIN
    UPDATE feeds SET item_count = item_count - 1, unread_count = unread_count - (OLD.is_read = 0)
    WHERE id = OLD.feed_id;
END;
CREATE TRIGGER feed_items_read AFTER UPDATE OF is_read ON feed_items WHEN NEW.is_read <> OLD.is_read BEGIN
    UPDATE feeds SET unread_count = unread_count + (NEW.is_read = 0) - (OLD.is_read = 0)
    WHERE id = NEW.feed_id;
END;
