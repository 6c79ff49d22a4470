-- Venn schema 18: an allocation keeps the day it was made, so it counts
-- from then on and not in the weeks before it. Allocations made before
-- keep '' (not known): they count from their goal's creation.

ALTER TABLE allocations ADD COLUMN since TEXT NOT NULL DEFAULT '';
