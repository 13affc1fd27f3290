-- Deliberately changes nothing. The PostgreSQL schema's 005 moves content-hash uniqueness to a gate table so that
-- articles can be distributed across a cluster. A SQLite store has one writer and is never distributed, so the
-- UNIQUE on articles.content_hash stays and keeps doing that job. This script exists so that schema version 5
-- means the same step on both stores.

SELECT 1;
