-- What 'assay watch' remembers between polls: each feed's validators for conditional requests and how its last
-- poll went, and each item it has taken from a feed.
--
-- An item is keyed by its feed and its guid (or link when it has none). A row with an article id was stored; a row
-- with only an error failed and is tried again on the next poll. Article ids are not foreign keys: the item
-- record is a log of what was fetched, kept even if the article is later removed.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,           -- the ETag of the last full response, sent back as If-None-Match
    last_modified TEXT,           -- the Last-Modified of the last full response, as the server wrote it
    last_polled   TEXT,           -- ISO UTC timestamp
    last_error    TEXT            -- why the last poll failed; NULL when it did not
);

CREATE TABLE feed_items (
    feed_url   TEXT NOT NULL,
    item_key   TEXT NOT NULL,
    article_id INTEGER,           -- the stored article; NULL while the item has only failed
    seen_at    TEXT NOT NULL,     -- ISO UTC timestamp of the last attempt
    error      TEXT,              -- why the last attempt failed; NULL once stored
    PRIMARY KEY (feed_url, item_key)
);
