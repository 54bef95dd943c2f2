-- Library format 7: who made each annotation (see resources/sql/sqlite/007_authors.sql).
ALTER TABLE annotations ADD COLUMN created_by text NOT NULL DEFAULT '';
