-- Venn schema 19: the basic needs beside autonomy. Once a month each
-- partner rates how often they felt competence and relatedness met, 0
-- (never) to 3 (often), with the signs of imbalance. One person's words:
-- ids of this computer's own (storage/personal.go), and kept on this
-- computer when the partner chooses, like the ratings of the signs.

CREATE TABLE need_ratings (
    id         TEXT PRIMARY KEY,
    month      TEXT    NOT NULL DEFAULT '',
    partner_id TEXT    NOT NULL DEFAULT '',
    need       TEXT    NOT NULL DEFAULT '',
    score      INTEGER NOT NULL DEFAULT 0,
    private    INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0
);
