-- Venn schema 17: locks that hold (never synced).
-- A lock no longer says its secret is a PIN (that told a thief how few
-- guesses to try). A lock reset for a forgotten passphrase no longer
-- destroys at once: its key, still wrapped by the old passphrase, and the
-- items sealed behind it are kept for 30 days, so a reset made by the
-- wrong person is undone by the owner with the passphrase.

UPDATE partner_locks SET pin = 0;

CREATE TABLE reset_locks (
    partner_id TEXT NOT NULL,
    reset_at   TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    wrapped    BLOB NOT NULL,
    PRIMARY KEY (partner_id, reset_at)
) WITHOUT ROWID;

CREATE TABLE reset_sealed (
    partner_id TEXT NOT NULL,
    reset_at   TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    blob       BLOB NOT NULL,
    PRIMARY KEY (partner_id, reset_at, tbl, row_id)
) WITHOUT ROWID;
