-- The shared ingest queue: one row per input (a file path every worker can read). Workers claim rows with
-- FOR UPDATE SKIP LOCKED, hold them under a lease they keep renewing, and mark them done once the input's batches
-- have committed; a row whose lease ran out is taken over by another worker. See docs/scaling.md, section 6.
-- Leases are TIMESTAMPTZ, unlike the ISO text of the article tables, because they are compared with now() in SQL
-- and never pass through StoredValues. On a cluster this stays a plain table on the coordinator: SKIP LOCKED is
-- allowed there only on single-shard queries, and the queue is small.

CREATE TABLE ingest_queue (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input       TEXT        NOT NULL UNIQUE,
    state       TEXT        NOT NULL DEFAULT 'pending',  -- pending, taken, done, failed
    taken_by    TEXT,                                   -- host:pid of the worker holding it
    lease_until TIMESTAMPTZ,                            -- after this, another worker may take it over
    attempts    INTEGER     NOT NULL DEFAULT 0,
    stored      INTEGER,                                -- the input's ingest counts, once done
    unchanged   INTEGER,
    skipped     INTEGER,
    error       TEXT,
    CONSTRAINT ck_ingest_queue_state CHECK (state IN ('pending', 'taken', 'done', 'failed'))
);

CREATE INDEX ix_ingest_queue_ready ON ingest_queue (id) WHERE state IN ('pending', 'taken');
