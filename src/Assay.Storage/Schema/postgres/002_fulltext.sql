-- Full-text index over article title and body, in place of SQLite's FTS5 table: a stored generated tsvector
-- kept in step by the database itself, with a GIN index. The 'simple' configuration lower-cases and keeps every
-- word (no stop words, no stemming), as FTS5's unicode61 tokenizer does, so "and" or "or" stay searchable.
-- Unlike FTS5 it does not strip diacritics. Lower-casing beyond ASCII needs a UTF-8 database locale.

ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)
) STORED;

CREATE INDEX ix_articles_search ON articles USING GIN (search);
