-- The analyst's decisions, in the order they were made: merges and splits of propositions now; grades,
-- resolutions and ratings use the same table. Nothing is deleted: undoing a decision stamps undone_at, so the
-- history keeps both the decision and its reversal.

CREATE TABLE decisions (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,   -- 'merge', 'split', ...
    subject   TEXT NOT NULL,   -- what it is about: a claim reference ("12/c3"), a source, a proposition
    other     TEXT,            -- the second party, such as the other claim of a merge
    value     TEXT,            -- the decision's value, where it has one (a grade, a verdict)
    note      TEXT,
    made_at   TEXT NOT NULL,   -- ISO UTC timestamp
    undone_at TEXT,            -- ISO UTC timestamp, NULL while in force
    undo_note TEXT
);

CREATE INDEX ix_decisions_kind ON decisions (kind, id);
