-- The word indexes move out of the store into a file of their own beside it (the store's path with "-search"
-- appended), written by a second connection on a thread of its own (see SqliteSearchIndex).
--
-- SQLite lets one connection write a database file at a time. Kept in the store, the two indexes were written by
-- the thread saving the articles, inside its transaction, and on a store of 250,000 articles they were 0.42 of the
-- 1.10 ms an article's save took on that thread. In their own file they are brought up to date after each save,
-- concurrently with the next one, from the rows the save committed. The index holds nothing the store does not:
-- it records the last article and claim it has indexed, and whatever it lacks (a new store, a store copied without
-- it, an index lost or behind after a crash) is indexed again from the store before a search reads it.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP TABLE IF EXISTS articles_fts;
DROP TRIGGER IF EXISTS claims_fts_delete;
DROP TABLE IF EXISTS claims_fts;
