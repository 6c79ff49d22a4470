-- Venn schema 12: the nudges this computer has sent (never synced), so a
-- nudge is sent once, not again after a restart.

CREATE TABLE nudges_sent (
    key  TEXT PRIMARY KEY,
    sent TEXT NOT NULL
) WITHOUT ROWID;
