-- Venn schema 9: where do we stand? Each partner's monthly choice of the
-- pair of circles that pictures the relationship now, and the pair they
-- wish for (the Inclusion of Other in the Self scale). Private until the
-- partner shares it, like the balance ratings. The id is derived from the
-- month and the partner, so two computers make one row.

CREATE TABLE closeness (
    id         TEXT PRIMARY KEY,
    month      TEXT    NOT NULL DEFAULT '',
    partner_id TEXT    NOT NULL DEFAULT '',
    now        INTEGER NOT NULL DEFAULT 0,
    wished     INTEGER NOT NULL DEFAULT 0,
    private    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0
);
