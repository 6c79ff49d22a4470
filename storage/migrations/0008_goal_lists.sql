-- Venn schema 8: a goal's checklist steps and labels are rows of their own,
-- so two computers editing different steps, or adding different labels, at
-- once both keep their edit (a whole list in one field kept only one side).
-- The lists move out of goals.checklist and goals.labels in Go, right after
-- this file (storage/migrate_lists.go), which then drops those columns.

CREATE TABLE goal_steps (
    id      TEXT PRIMARY KEY,
    goal_id TEXT    NOT NULL DEFAULT '',
    text    TEXT    NOT NULL DEFAULT '',
    done    INTEGER NOT NULL DEFAULT 0,
    rank    TEXT    NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, rank);

-- A label's row id is derived from the goal and the label (case folded):
-- the same label added on two computers is one row, removing it marks the
-- row deleted, adding it again brings it back.
CREATE TABLE goal_labels (
    id      TEXT PRIMARY KEY,
    goal_id TEXT    NOT NULL DEFAULT '',
    label   TEXT    NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX goal_labels_by_goal ON goal_labels (goal_id);
