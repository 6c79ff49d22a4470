-- Venn schema 14: calendar blocks that repeat monthly ("one solo weekend a
-- month") or yearly (anniversaries), blocks linked to the goal or ritual
-- they are time for, and each partner's own aim for solo time (0: the
-- couple's aim for each).

ALTER TABLE blocks ADD COLUMN cycle     TEXT NOT NULL DEFAULT '';
ALTER TABLE blocks ADD COLUMN goal_id   TEXT NOT NULL DEFAULT '';
ALTER TABLE blocks ADD COLUMN ritual_id TEXT NOT NULL DEFAULT '';

ALTER TABLE calendar_targets ADD COLUMN solo_a INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calendar_targets ADD COLUMN solo_b INTEGER NOT NULL DEFAULT 0;
