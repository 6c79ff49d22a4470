-- Venn schema 24: shared memories. A partner's own entries in the memories
-- timeline: a title, a day, a few words and an optional photo. The photo is
-- a file of its own (photos/<photo>.jpg in the data folder, Venn/photos in
-- the shared folder), never in the database: the row names it. An entry is
-- shared unless its author keeps it private.

CREATE TABLE memories (
    id        TEXT PRIMARY KEY,
    author_id TEXT    NOT NULL DEFAULT '',
    title     TEXT    NOT NULL DEFAULT '',
    day       TEXT    NOT NULL DEFAULT '',
    words     TEXT    NOT NULL DEFAULT '',
    photo     TEXT    NOT NULL DEFAULT '',
    private   INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX memories_by_day ON memories(deleted, day);
