-- Gleaner library, schema version 3: an index for listing articles by site, so a
-- search sorted by site walks the index like the other sort orders do.
CREATE INDEX articles_site ON articles(site COLLATE NOCASE);
