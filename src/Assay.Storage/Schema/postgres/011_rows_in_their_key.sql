-- Deliberately changes nothing. The SQLite schema's 011 stores sentences, mentions, quantities and times without a
-- rowid, in their primary key's index alone; a PostgreSQL table has no rowid, and its primary key is an index beside
-- the heap whatever the script says. This script exists so that schema version 11 means the same step on both
-- stores.

SELECT 1;
