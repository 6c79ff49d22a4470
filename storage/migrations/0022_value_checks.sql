-- Venn schema 22: big decisions checked against the values the couple wrote
-- down. One row per value and decision (a life event, or a session's
-- decisions), its id derived from both so the two computers share it. A
-- check takes the privacy of its value and of its decision: a check of a
-- private value never leaves the computer that has the value.

CREATE TABLE value_checks (
    id         TEXT PRIMARY KEY,
    value_id   TEXT    NOT NULL DEFAULT '',
    event_id   TEXT    NOT NULL DEFAULT '',
    session_id TEXT    NOT NULL DEFAULT '',
    verdict    TEXT    NOT NULL DEFAULT 'unrelated',
    private    INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX value_checks_by_value ON value_checks(value_id);
