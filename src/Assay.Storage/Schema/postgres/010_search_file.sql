-- Deliberately changes nothing. The SQLite schema's 010 moves its word indexes into a file of their own, so that a
-- second connection can write them beside the one saving articles; PostgreSQL takes many writers and keeps its
-- indexes (a GIN over a generated tsvector) in the tables they serve. This script exists so that schema version 10
-- means the same step on both stores.

SELECT 1;
