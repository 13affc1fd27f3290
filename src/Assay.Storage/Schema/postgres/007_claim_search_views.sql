-- Claims searchable by word, and materialised views; mirrors SQLite's 007.
--
-- The claim's theme (the counted subject when it has a figure) weighs A, its source and the chain it came
-- through B, place and agent D, in a stored generated tsvector with a GIN index. 'simple' as for articles: every
-- word kept, lower-cased, no stemming.
ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(theme, '')), 'A')
    || setweight(to_tsvector('simple', source || ' ' || via), 'B')
    || to_tsvector('simple', coalesce(location, '') || ' ' || coalesce(agent, ''))
) STORED;

CREATE INDEX ix_claims_search ON claims USING GIN (search);

-- No query can use these: counted-subject filters are substring matches, and an event or stance alone selects a
-- large share of all claims. Each cost time on every insert.
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
