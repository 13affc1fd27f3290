-- Sentences, mentions, quantities and times are kept in their primary key's order, without a rowid.
--
-- Each of these tables is read only through its key (an article's rows, in order) and none needs a rowid. As rowid
-- tables, every row was stored twice over: once in the table under a rowid, and once more in the index SQLite keeps
-- for the PRIMARY KEY (article_id, ordinal). An article's save inserted about 115 such rows, so about 115 more index
-- entries. WITHOUT ROWID keeps each row in its key's index alone: one insert instead of two, and those indexes'
-- pages are no longer written at all. Claims keep their rowid: the search file indexes them by it.
--
-- The rows are copied across as they are. On a large store this takes a while, once.

CREATE TABLE sentences_by_key (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
INSERT INTO sentences_by_key SELECT article_id, ordinal, span_start, span_end FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_by_key RENAME TO sentences;

CREATE TABLE mentions_by_key (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    actor_id   TEXT    NOT NULL,
    actor_name TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    country    TEXT,
    cue        TEXT    NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
INSERT INTO mentions_by_key
SELECT article_id, ordinal, span_start, span_end, text, actor_id, actor_name, kind, country, cue FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_by_key RENAME TO mentions;
CREATE INDEX ix_mentions_actor ON mentions (actor_id);

CREATE TABLE quantities_by_key (
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    low           REAL,
    high          REAL,
    qualifier     TEXT    NOT NULL,
    counted       TEXT,
    scope         TEXT,
    cue           TEXT    NOT NULL,
    counted_start INTEGER,
    counted_end   INTEGER,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
INSERT INTO quantities_by_key
SELECT article_id, ordinal, span_start, span_end, text, low, high, qualifier, counted, scope, cue, counted_start, counted_end
FROM quantities;
DROP TABLE quantities;
ALTER TABLE quantities_by_key RENAME TO quantities;

CREATE TABLE times_by_key (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    granularity TEXT    NOT NULL,
    relation    TEXT    NOT NULL,
    cue         TEXT    NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
INSERT INTO times_by_key SELECT article_id, ordinal, span_start, span_end, text, value, granularity, relation, cue FROM times;
DROP TABLE times;
ALTER TABLE times_by_key RENAME TO times;
