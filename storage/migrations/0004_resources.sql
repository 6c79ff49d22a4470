-- Venn schema 4: resources. Amounts are integers in stored units: minutes
-- for time, the currency's minor units for money, tenths of a point for
-- energy. Allocations and actuals carry their goal's private flag.

CREATE TABLE capacities (
    id         TEXT PRIMARY KEY,
    partner_id TEXT    NOT NULL DEFAULT '',
    resource   TEXT    NOT NULL DEFAULT 'time',
    amount     INTEGER NOT NULL DEFAULT 0,
    from_date  TEXT    NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE allocations (
    id       TEXT PRIMARY KEY,
    goal_id  TEXT    NOT NULL DEFAULT '',
    resource TEXT    NOT NULL DEFAULT 'time',
    amount   INTEGER NOT NULL DEFAULT 0,
    split_a  INTEGER NOT NULL DEFAULT 50,
    private  INTEGER NOT NULL DEFAULT 0,
    deleted  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE actuals (
    id         TEXT PRIMARY KEY,
    goal_id    TEXT    NOT NULL DEFAULT '',
    partner_id TEXT    NOT NULL DEFAULT '',
    resource   TEXT    NOT NULL DEFAULT 'time',
    amount     INTEGER NOT NULL DEFAULT 0,
    day        TEXT    NOT NULL DEFAULT '',
    note       TEXT    NOT NULL DEFAULT '',
    private    INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX actuals_by_day ON actuals (day);
