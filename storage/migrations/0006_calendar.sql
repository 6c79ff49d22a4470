-- Venn schema 6: the calendar and the flexibility protocol. Times are wall
-- clock ("2026-11-22T18:00", no zone) so a weekly block stays at 18:00 when
-- the clocks change. A life event's changes are kept as JSON, one row each,
-- so the decision can be shown and undone.

CREATE TABLE blocks (
    id         TEXT PRIMARY KEY,
    title      TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL DEFAULT 'joint',
    owner      TEXT    NOT NULL DEFAULT '',
    start_at   TEXT    NOT NULL DEFAULT '',
    end_at     TEXT    NOT NULL DEFAULT '',
    repeat     INTEGER NOT NULL DEFAULT 0,
    days       TEXT    NOT NULL DEFAULT '',
    until_date TEXT    NOT NULL DEFAULT '',
    skip       TEXT    NOT NULL DEFAULT '',
    notes      TEXT    NOT NULL DEFAULT '',
    private    INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE calendar_targets (
    id        TEXT PRIMARY KEY,
    solo_each INTEGER NOT NULL DEFAULT 0,
    joint     INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE life_events (
    id      TEXT PRIMARY KEY,
    kind    TEXT    NOT NULL DEFAULT 'other',
    title   TEXT    NOT NULL DEFAULT '',
    day     TEXT    NOT NULL DEFAULT '',
    notes   TEXT    NOT NULL DEFAULT '',
    undone  INTEGER NOT NULL DEFAULT 0,
    private INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE life_event_changes (
    id       TEXT PRIMARY KEY,
    event_id TEXT    NOT NULL DEFAULT '',
    seq      INTEGER NOT NULL DEFAULT 0,
    details  TEXT    NOT NULL DEFAULT '{}',
    private  INTEGER NOT NULL DEFAULT 0,
    deleted  INTEGER NOT NULL DEFAULT 0
);
