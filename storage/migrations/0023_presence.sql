-- Venn schema 23: how present time together felt. After a shared ritual's
-- day or a joint block, each partner rates it 1 (distracted) to 4 (really
-- together). A rating starts private (each computer keeps its own under an
-- id of its own, like check-in answers) and is let go once presence_marks,
-- always shared, says both partners rated the occasion.

CREATE TABLE presence_marks (
    id       TEXT PRIMARY KEY,
    occasion TEXT    NOT NULL DEFAULT '',
    day      TEXT    NOT NULL DEFAULT '',
    rated_a  INTEGER NOT NULL DEFAULT 0,
    rated_b  INTEGER NOT NULL DEFAULT 0,
    deleted  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE presence (
    id         TEXT PRIMARY KEY,
    occasion   TEXT    NOT NULL DEFAULT '',
    partner_id TEXT    NOT NULL DEFAULT '',
    day        TEXT    NOT NULL DEFAULT '',
    rating     INTEGER NOT NULL DEFAULT 1,
    private    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX presence_by_occasion ON presence(occasion);
