-- Venn schema 11: a partner's lock on their private space (never synced).
-- partner_locks holds the partner's age X25519 public key and the private
-- key wrapped by scrypt of the partner's passphrase; sealed holds each of
-- the partner's private rows, encrypted to that public key, while the
-- partner is locked (the row itself is gone from its table).

CREATE TABLE partner_locks (
    partner_id TEXT PRIMARY KEY,
    recipient  TEXT    NOT NULL,
    wrapped    BLOB    NOT NULL,
    pin        INTEGER NOT NULL DEFAULT 0,
    created    TEXT    NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE sealed (
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    blob       BLOB NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;

CREATE INDEX sealed_by_partner ON sealed (partner_id);
