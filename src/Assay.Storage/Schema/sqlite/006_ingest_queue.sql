-- Deliberately changes nothing. The PostgreSQL schema's 006 adds the queue that lets several ingest processes share
-- one list of inputs. A SQLite store serves one process and has no FOR UPDATE SKIP LOCKED, so it has no queue; this
-- script exists so that schema version 6 means the same step on both stores.

SELECT 1;
