-- Venn schema 3: the ritual tracker. Synced like every table; entries and
-- adaptations carry their ritual's private flag so a private ritual's whole
-- history stays on this computer.

CREATE TABLE rituals (
    id            TEXT PRIMARY KEY,
    title         TEXT    NOT NULL DEFAULT '',
    who           TEXT    NOT NULL DEFAULT 'shared',
    times         INTEGER NOT NULL DEFAULT 1,
    per           TEXT    NOT NULL DEFAULT 'week',
    start_date    TEXT    NOT NULL DEFAULT '',
    reminder_time TEXT    NOT NULL DEFAULT '',
    reminder_days TEXT    NOT NULL DEFAULT '',
    notes         TEXT    NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0,
    private       INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ritual_entries (
    id        TEXT PRIMARY KEY,
    ritual_id TEXT    NOT NULL DEFAULT '',
    day       TEXT    NOT NULL DEFAULT '',
    status    TEXT    NOT NULL DEFAULT 'done',
    reason    TEXT    NOT NULL DEFAULT '',
    confirm_a INTEGER NOT NULL DEFAULT 0,
    confirm_b INTEGER NOT NULL DEFAULT 0,
    private   INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ritual_entries_by_ritual ON ritual_entries (ritual_id, day);

CREATE TABLE ritual_adaptations (
    id        TEXT PRIMARY KEY,
    ritual_id TEXT    NOT NULL DEFAULT '',
    from_date TEXT    NOT NULL DEFAULT '',
    times     INTEGER NOT NULL DEFAULT 1,
    per       TEXT    NOT NULL DEFAULT 'week',
    note      TEXT    NOT NULL DEFAULT '',
    private   INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);
