-- Venn schema 13: the everyday practices. Appreciations from one partner
-- to the other; needs and requests with the partner's answer; the couple's
-- agreements; regular health check-ins (private unless shared) and how
-- often each partner means to make one; the deck of open questions; and
-- each partner's journal, which is never synced.

CREATE TABLE appreciations (
    id        TEXT PRIMARY KEY,
    from_id   TEXT    NOT NULL DEFAULT '',
    to_id     TEXT    NOT NULL DEFAULT '',
    day       TEXT    NOT NULL DEFAULT '',
    text      TEXT    NOT NULL DEFAULT '',
    printable INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE requests (
    id          TEXT PRIMARY KEY,
    from_id     TEXT NOT NULL DEFAULT '',
    day         TEXT NOT NULL DEFAULT '',
    need        TEXT NOT NULL DEFAULT '',
    proposal    TEXT NOT NULL DEFAULT '',
    reply       TEXT NOT NULL DEFAULT '',
    counter     TEXT NOT NULL DEFAULT '',
    answered_on TEXT NOT NULL DEFAULT '',
    became      TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE agreements (
    id         TEXT PRIMARY KEY,
    text       TEXT NOT NULL DEFAULT '',
    agreed_on  TEXT NOT NULL DEFAULT '',
    revisit_on TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

-- One check per partner and week: the id is derived from both.
CREATE TABLE health_checks (
    id         TEXT PRIMARY KEY,
    partner_id TEXT    NOT NULL DEFAULT '',
    week       TEXT    NOT NULL DEFAULT '',
    physical   INTEGER NOT NULL DEFAULT 0,
    mental     INTEGER NOT NULL DEFAULT 0,
    emotional  INTEGER NOT NULL DEFAULT 0,
    note       TEXT    NOT NULL DEFAULT '',
    private    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0
);

-- One plan per partner: the id is derived from the partner.
CREATE TABLE health_plans (
    id          TEXT PRIMARY KEY,
    partner_id  TEXT    NOT NULL DEFAULT '',
    every_weeks INTEGER NOT NULL DEFAULT 2,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE questions (
    id      TEXT PRIMARY KEY,
    text    TEXT    NOT NULL DEFAULT '',
    depth   TEXT    NOT NULL DEFAULT 'light',
    rank    TEXT    NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Never synced (storage.localTables), sealed by the partner's lock.
CREATE TABLE journal (
    id         TEXT PRIMARY KEY,
    partner_id TEXT NOT NULL DEFAULT '',
    day        TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT '',
    updated    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_by_partner ON journal(partner_id, day);
