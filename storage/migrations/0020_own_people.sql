-- Venn schema 20: people of one's own. Each partner's short list of the
-- people who matter to them outside the couple, how often they would like
-- to meet each (every 2, 4, 8 or 12 weeks) and when they last did. Like
-- the journal it never syncs (storage.Entity.Local) and a partner's lock
-- seals it.

CREATE TABLE own_people (
    id          TEXT PRIMARY KEY,
    partner_id  TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL DEFAULT '',
    how         TEXT    NOT NULL DEFAULT '',
    every_weeks INTEGER NOT NULL DEFAULT 4,
    last_met    TEXT    NOT NULL DEFAULT '',
    added       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX own_people_by_partner ON own_people(partner_id, name);
