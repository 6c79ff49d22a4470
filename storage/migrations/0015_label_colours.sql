-- Venn schema 15: a colour for each label, chosen once and shown as the
-- label's chip on every card. The row's id is derived from the label
-- (case folded), so both computers name the same label's colour alike.

CREATE TABLE label_colours (
    id      TEXT PRIMARY KEY,
    label   TEXT    NOT NULL DEFAULT '',
    colour  TEXT    NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
