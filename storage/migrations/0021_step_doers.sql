-- Venn schema 21: who takes on a shared goal's checklist step: a partner's
-- id, "shared" for both, or '' when nobody was named. A field of the step,
-- so two computers naming doers of different steps keep both.

ALTER TABLE goal_steps ADD COLUMN doer TEXT NOT NULL DEFAULT '';
