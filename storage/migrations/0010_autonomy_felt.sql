-- Venn schema 10: the autonomy prompt's answer carries the partner's own
-- choice (no, a_little, yes, rather_not_say) beside the free text. Answers
-- written before keep '' (unknown), which is never counted as a concern.

ALTER TABLE checkins ADD COLUMN felt TEXT NOT NULL DEFAULT '';
