-- Venn schema 16: edits made at the same time are kept, not lost, and
-- ritual days say who marked them.
-- clocks.base is, for a text field, the stamp of the value an edit replaced
-- (empty for a first write): a merge compares it with the other computer's
-- stamp to tell an edit made after seeing the other's words from one made
-- at the same time. conflicts holds the words that lost such a race, with
-- the words that won, so both computers can show them and either partner
-- can take them back; both computers derive its id from the field and the
-- losing stamp, so they describe one race with one row. conflicts_seen
-- (never synced) holds the notices dismissed on this computer.

ALTER TABLE clocks ADD COLUMN base TEXT NOT NULL DEFAULT '';

CREATE TABLE conflicts (
    id         TEXT PRIMARY KEY,
    tbl        TEXT    NOT NULL DEFAULT '',
    row_id     TEXT    NOT NULL DEFAULT '',
    col        TEXT    NOT NULL DEFAULT '',
    lost       TEXT    NOT NULL DEFAULT '',
    lost_stamp TEXT    NOT NULL DEFAULT '',
    kept       TEXT    NOT NULL DEFAULT '',
    kept_stamp TEXT    NOT NULL DEFAULT '',
    combined   INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX conflicts_by_row ON conflicts (tbl, row_id);

CREATE TABLE conflicts_seen (
    id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Who marked a ritual's day (done, skipped, paused, or took the mark away):
-- the partner, not only the computer, so a tick made on the other
-- partner's computer says so.
ALTER TABLE ritual_entries ADD COLUMN by_id TEXT NOT NULL DEFAULT '';
