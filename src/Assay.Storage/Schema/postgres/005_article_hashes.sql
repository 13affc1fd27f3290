-- The dedupe gate: uniqueness of content hashes moves from articles to article_hashes, whose primary key is its
-- own distribution column on a Citus cluster (articles are distributed by id, where a UNIQUE on the hash cannot
-- be enforced). Save claims each hash here first and inserts only the articles it won; both rows are written in
-- one transaction, so neither exists without the other. See docs/scaling.md, section 3.

-- Ids come from one sequence that the save path draws from explicitly (the gate reserves an id per new hash),
-- and that a plain INSERT would also use; a sequence default also works on Citus releases without identities.
CREATE SEQUENCE article_ids AS BIGINT;
SELECT setval('article_ids', coalesce((SELECT max(id) FROM articles), 0) + 1, false);
ALTER TABLE articles ALTER COLUMN id DROP IDENTITY IF EXISTS;
ALTER TABLE articles ALTER COLUMN id SET DEFAULT nextval('article_ids');
ALTER SEQUENCE article_ids OWNED BY articles.id;

CREATE TABLE article_hashes (
    content_hash TEXT   PRIMARY KEY,
    article_id   BIGINT NOT NULL
);
INSERT INTO article_hashes (content_hash, article_id) SELECT content_hash, id FROM articles;

-- The hash stays on the article for display and prefix lookup, no longer unique there. text_pattern_ops lets
-- LIKE 'abc123%' use the index in a UTF-8 (non-C) locale, which the full-text column already requires.
ALTER TABLE articles DROP CONSTRAINT articles_content_hash_key;
CREATE INDEX ix_articles_content_hash ON articles (content_hash text_pattern_ops);

-- On a cluster the new table is spread by its key; on a single server it stays an ordinary table.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
        PERFORM create_distributed_table('article_hashes', 'content_hash');
    END IF;
END $$;
