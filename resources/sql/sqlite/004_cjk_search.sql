-- Gleaner library, schema version 4: search finds Japanese, Chinese and Korean
-- words inside a sentence (投資, 人工知能), which the word index cannot, as such
-- text has no spaces between words. A second index holds every run of three
-- characters (FTS5's trigram tokenizer, SQLite 3.34 and later), for the rows
-- that contain such characters only, so English search keeps its smaller, faster
-- word index. And URLs lose the user names and passwords older versions kept.
--
-- The pattern '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*' matches a text with a hiragana,
-- katakana, CJK ideograph or hangul character in it; the program's search
-- (SearchCondition::hasCjk) uses the same ranges.

CREATE VIRTUAL TABLE articles_cjk USING fts5(
    title, text, content = '', tokenize = 'trigram');
CREATE VIRTUAL TABLE annotations_cjk USING fts5(
    quote, note, content = '', tokenize = 'trigram');
CREATE VIRTUAL TABLE articles_cjk_vocabulary USING fts5vocab(articles_cjk, 'row');
CREATE VIRTUAL TABLE annotations_cjk_vocabulary USING fts5vocab(annotations_cjk, 'row');

-- The index keeps no copy of the text (content = ''), and must be told exactly
-- what it holds: a row goes in and out of it only when it has such characters.
-- Each value is indexed with two line breaks after it, so that every character
-- and every pair of characters begins some run of three: a word of one or two
-- characters (株, 投資) is found through the runs it begins, listed by the
-- vocabulary tables.
CREATE TRIGGER articles_cjk_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_cjk(rowid, title, text)
        SELECT new.id, new.title || char(10, 10), new.text || char(10, 10)
        WHERE new.title || ' ' || new.text GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
END;
CREATE TRIGGER articles_cjk_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_cjk(articles_cjk, rowid, title, text)
        SELECT 'delete', old.id, old.title || char(10, 10), old.text || char(10, 10)
        WHERE old.title || ' ' || old.text GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
END;
CREATE TRIGGER articles_cjk_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
    INSERT INTO articles_cjk(articles_cjk, rowid, title, text)
        SELECT 'delete', old.id, old.title || char(10, 10), old.text || char(10, 10)
        WHERE old.title || ' ' || old.text GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
    INSERT INTO articles_cjk(rowid, title, text)
        SELECT new.id, new.title || char(10, 10), new.text || char(10, 10)
        WHERE new.title || ' ' || new.text GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
END;
CREATE TRIGGER annotations_cjk_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_cjk(rowid, quote, note)
        SELECT new.id, new.quote || char(10, 10), coalesce(new.note, '') || char(10, 10)
        WHERE new.quote || ' ' || coalesce(new.note, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
END;
CREATE TRIGGER annotations_cjk_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_cjk(annotations_cjk, rowid, quote, note)
        SELECT 'delete', old.id, old.quote || char(10, 10), coalesce(old.note, '') || char(10, 10)
        WHERE old.quote || ' ' || coalesce(old.note, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
END;
CREATE TRIGGER annotations_cjk_update AFTER UPDATE OF quote, note ON annotations
WHEN old.quote IS NOT new.quote OR old.note IS NOT new.note BEGIN
    INSERT INTO annotations_cjk(annotations_cjk, rowid, quote, note)
        SELECT 'delete', old.id, old.quote || char(10, 10), coalesce(old.note, '') || char(10, 10)
        WHERE old.quote || ' ' || coalesce(old.note, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
    INSERT INTO annotations_cjk(rowid, quote, note)
        SELECT new.id, new.quote || char(10, 10), coalesce(new.note, '') || char(10, 10)
        WHERE new.quote || ' ' || coalesce(new.note, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
END;

-- The word indexes of format 1 are updated only when the indexed text changes
-- (an edit of an article's URL or site set the title to itself, and re-indexed it).
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
DROP TRIGGER annotations_fts_update;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF quote, note ON annotations
WHEN old.quote IS NOT new.quote OR old.note IS NOT new.note BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, quote, note)
        VALUES ('delete', old.id, old.quote, coalesce(old.note, ''));
    INSERT INTO annotations_fts(rowid, quote, note) VALUES (new.id, new.quote, coalesce(new.note, ''));
END;

INSERT INTO articles_cjk(rowid, title, text)
    SELECT id, title || char(10, 10), text || char(10, 10) FROM articles
    WHERE title || ' ' || text GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';
INSERT INTO annotations_cjk(rowid, quote, note)
    SELECT id, quote || char(10, 10), coalesce(note, '') || char(10, 10) FROM annotations
    WHERE quote || ' ' || coalesce(note, '') GLOB '*[ぁ-ヿ㐀-䶿一-鿿가-힯ｦ-ﾟ]*';

-- URLs lose their user names and passwords, by the program's own rule
-- (gleaner_storable_url, registered while migrations run).
UPDATE articles SET url = gleaner_storable_url(url) WHERE instr(url, '@') > 0;
UPDATE articles SET canonical_url = gleaner_storable_url(canonical_url) WHERE instr(canonical_url, '@') > 0;
