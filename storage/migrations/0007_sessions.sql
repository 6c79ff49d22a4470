-- Venn schema 7: quarterly goal-mapping sessions, the self-audit (values,
-- linked to goals), personal development contracts with their reviews,
-- and milestones. Contracts, reviews and value links carry the private
-- flag of what they belong to.

CREATE TABLE value_entries (
    id      TEXT PRIMARY KEY,
    owner   TEXT    NOT NULL DEFAULT 'shared',
    kind    TEXT    NOT NULL DEFAULT 'core',
    text    TEXT    NOT NULL DEFAULT '',
    rank    TEXT    NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE goal_values (
    id       TEXT PRIMARY KEY,
    goal_id  TEXT    NOT NULL DEFAULT '',
    value_id TEXT    NOT NULL DEFAULT '',
    private  INTEGER NOT NULL DEFAULT 0,
    deleted  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE contracts (
    id          TEXT PRIMARY KEY,
    goal_id     TEXT    NOT NULL DEFAULT '',
    commitment  TEXT    NOT NULL DEFAULT '',
    support     TEXT    NOT NULL DEFAULT '',
    every_weeks INTEGER NOT NULL DEFAULT 4,
    started     TEXT    NOT NULL DEFAULT '',
    private     INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE contract_reviews (
    id          TEXT PRIMARY KEY,
    contract_id TEXT    NOT NULL DEFAULT '',
    day         TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    rating      INTEGER NOT NULL DEFAULT 3,
    private     INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE milestones (
    id          TEXT PRIMARY KEY,
    title       TEXT    NOT NULL DEFAULT '',
    day         TEXT    NOT NULL DEFAULT '',
    goal_id     TEXT    NOT NULL DEFAULT '',
    owner       TEXT    NOT NULL DEFAULT 'shared',
    reached     INTEGER NOT NULL DEFAULT 0,
    reached_on  TEXT    NOT NULL DEFAULT '',
    celebration TEXT    NOT NULL DEFAULT '',
    private     INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
    id        TEXT PRIMARY KEY,
    quarter   TEXT    NOT NULL DEFAULT '',
    day       TEXT    NOT NULL DEFAULT '',
    step      INTEGER NOT NULL DEFAULT 0,
    notes     TEXT    NOT NULL DEFAULT '',
    decisions TEXT    NOT NULL DEFAULT '',
    done      INTEGER NOT NULL DEFAULT 0,
    private   INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);
