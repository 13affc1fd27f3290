-- Who may use the web workbench and its API, and the tokens they sign in with.
--
-- A token is 32 random bytes shown once when issued; only its SHA-256 (hex) is kept, so a copy of the store
-- signs no one in. Tokens are revoked, never deleted, so an audit can still say whose token it was.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    created_at TEXT NOT NULL,              -- ISO UTC timestamp
    disabled   INTEGER NOT NULL DEFAULT 0  -- 1: no token of this user signs in
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    hash         TEXT NOT NULL UNIQUE,     -- SHA-256 of the token, lower-case hex
    created_at   TEXT NOT NULL,            -- ISO UTC timestamp
    last_used_at TEXT,                     -- ISO UTC timestamp, to the minute
    revoked_at   TEXT                      -- ISO UTC timestamp, NULL while valid
);

CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);
