-- Claims searchable by word, and materialised views.
--
-- claims_fts indexes what a claim is about (its theme, which is the counted subject when it has a figure), who it
-- is credited to (the source and the chain it came through) and where and by whom (place and agent). It is
-- contentless: the words are in claims already, so the index keeps postings only, keyed by the claim's rowid.
-- The save path adds each batch's claims in one statement after inserting them (a per-row trigger cost as much
-- as the rest of the save); deletes go through a trigger. Claims are inserted in article order, so rowid order
-- is the order they were stored in, and a search for the newest matches reads the postings backwards and stops
-- after one page.
CREATE VIRTUAL TABLE claims_fts USING fts5 (
    subject,
    source,
    place,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.rowid;
END;

INSERT INTO claims_fts (rowid, subject, source, place)
SELECT rowid, theme, source || ' ' || via, coalesce(location, '') || ' ' || coalesce(agent, '') FROM claims;

-- No query can use these: claim filters on counted subjects are substring matches (now served by claims_fts
-- by word), and an event or stance alone selects a large share of all claims. Each cost time on every insert.
DROP INDEX IF EXISTS ix_quantities_counted;
DROP INDEX IF EXISTS ix_claims_event_stance;

-- A view (an estimate series, a story picture) computed once and served until what it was computed from
-- changes: stamp records the store's state when it was built (see IStore.ViewStamp).
CREATE TABLE views (
    key      TEXT PRIMARY KEY,
    stamp    TEXT NOT NULL,
    built_at TEXT NOT NULL,  -- ISO UTC timestamp
    body     TEXT NOT NULL
);
