-- Venn schema 5: weekly check-ins, the balance self-assessment and the
-- annual health review. Answers start private: each computer lets its
-- answers go (private = 0) once checkin_weeks says both partners answered,
-- unless they are private for good. checkin_weeks itself is always shared.

CREATE TABLE prompts (
    id      TEXT PRIMARY KEY,
    text    TEXT    NOT NULL DEFAULT '',
    kind    TEXT    NOT NULL DEFAULT '',
    rank    TEXT    NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE checkin_weeks (
    id         TEXT PRIMARY KEY,
    week       TEXT    NOT NULL DEFAULT '',
    answered_a INTEGER NOT NULL DEFAULT 0,
    answered_b INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE checkins (
    id         TEXT PRIMARY KEY,
    week       TEXT    NOT NULL DEFAULT '',
    partner_id TEXT    NOT NULL DEFAULT '',
    prompt_id  TEXT    NOT NULL DEFAULT '',
    answer     TEXT    NOT NULL DEFAULT '',
    visibility TEXT    NOT NULL DEFAULT 'until_both',
    private    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX checkins_by_week ON checkins (week);

CREATE TABLE balance_signs (
    id      TEXT PRIMARY KEY,
    text    TEXT    NOT NULL DEFAULT '',
    lean    TEXT    NOT NULL DEFAULT 'independent',
    rank    TEXT    NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE assessments (
    id         TEXT PRIMARY KEY,
    month      TEXT    NOT NULL DEFAULT '',
    partner_id TEXT    NOT NULL DEFAULT '',
    sign_id    TEXT    NOT NULL DEFAULT '',
    score      INTEGER NOT NULL DEFAULT 0,
    private    INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reviews (
    id           TEXT PRIMARY KEY,
    year         INTEGER NOT NULL DEFAULT 0,
    principles   TEXT    NOT NULL DEFAULT '',
    celebrations TEXT    NOT NULL DEFAULT '',
    answer_a     TEXT    NOT NULL DEFAULT '',
    answer_b     TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    private      INTEGER NOT NULL DEFAULT 0,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE review_rituals (
    id        TEXT PRIMARY KEY,
    review_id TEXT    NOT NULL DEFAULT '',
    ritual_id TEXT    NOT NULL DEFAULT '',
    decision  TEXT    NOT NULL DEFAULT '',
    note      TEXT    NOT NULL DEFAULT '',
    private   INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);
