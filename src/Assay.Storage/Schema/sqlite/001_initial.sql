-- Articles and their extractions. Portable shapes only (integer ids, text, real): the PostgreSQL
-- schema mirrors this one. Offsets are UTF-16 code units into articles.text. Enums are stored by name.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT    NOT NULL UNIQUE,
    title        TEXT,
    outlet       TEXT,
    byline       TEXT,
    published    TEXT,              -- ISO date yyyy-MM-dd
    url          TEXT,
    kind         TEXT    NOT NULL,
    location     TEXT,
    text         TEXT    NOT NULL,
    paragraphs   TEXT    NOT NULL,  -- JSON array of [start, end] pairs
    captions     TEXT    NOT NULL,  -- JSON array of strings
    word_count   INTEGER NOT NULL,
    ingested_at  TEXT    NOT NULL   -- ISO UTC timestamp
);

CREATE INDEX ix_articles_published ON articles (published, id);
CREATE INDEX ix_articles_url ON articles (url);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE mentions (
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
);

CREATE INDEX ix_mentions_actor ON mentions (actor_id);

CREATE TABLE quantities (
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
);

CREATE INDEX ix_quantities_counted ON quantities (counted);

CREATE TABLE times (
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
);

CREATE TABLE claims (
    article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    claim_id         TEXT    NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    event            TEXT    NOT NULL,
    agent            TEXT,
    theme            TEXT,
    location         TEXT,
    quantity_ordinal INTEGER,
    time_ordinal     INTEGER,
    source           TEXT    NOT NULL,
    source_actor     TEXT,
    source_type      TEXT    NOT NULL,
    via              TEXT    NOT NULL,  -- JSON array of strings, nearest the outlet first
    stance           TEXT    NOT NULL,
    certainty        REAL    NOT NULL,
    cues             TEXT    NOT NULL,  -- JSON array of strings
    PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX ix_claims_source ON claims (source);
CREATE INDEX ix_claims_event_stance ON claims (event, stance);
