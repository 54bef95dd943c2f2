-- Library format 7: who made each annotation (a display name set in the
-- window's preferences, else the login; on a server, the database role).
-- Annotations made before are by no one in particular: ''.
ALTER TABLE annotations ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
