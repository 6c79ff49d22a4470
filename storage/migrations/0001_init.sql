-- Venn schema 1: the household, its partners, the goal board.
-- Every synced table has a TEXT id (UUID v7), columns with defaults so a row
-- can be created from any one field, and a "deleted" tombstone column.

CREATE TABLE local_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE clocks (
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT NOT NULL,
    hlc    TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;

CREATE INDEX clocks_by_hlc ON clocks (hlc);

CREATE TABLE household (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL DEFAULT '',
    currency   TEXT    NOT NULL DEFAULT 'EUR',
    week_start INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE partners (
    id      TEXT PRIMARY KEY,
    slot    TEXT    NOT NULL DEFAULT '',
    name    TEXT    NOT NULL DEFAULT '',
    color   TEXT    NOT NULL DEFAULT '#64748b',
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE board_columns (
    id        TEXT PRIMARY KEY,
    name      TEXT    NOT NULL DEFAULT '',
    wip_limit INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE goals (
    id             TEXT PRIMARY KEY,
    title          TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    owner          TEXT    NOT NULL DEFAULT 'shared',
    board_column   TEXT    NOT NULL DEFAULT 'ideas',
    rank           TEXT    NOT NULL DEFAULT '',
    labels         TEXT    NOT NULL DEFAULT '[]',
    target_quarter TEXT    NOT NULL DEFAULT '',
    start_date     TEXT    NOT NULL DEFAULT '',
    due_date       TEXT    NOT NULL DEFAULT '',
    checklist      TEXT    NOT NULL DEFAULT '[]',
    archived       INTEGER NOT NULL DEFAULT 0,
    private        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX goals_cell ON goals (owner, board_column, archived, rank);
