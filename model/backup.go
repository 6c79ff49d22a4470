package model

import "slices"

// Backup retention.
const (
	KeepDailyBackups  = 7
	KeepWeeklyBackups = 4
)

// BackupsToKeep decides which daily backups to keep: the newest seven days
// that have one, and beyond those the newest backup of each of the four
// weeks before. days may be in any order; the result is newest first.
func BackupsToKeep(days []Date) []Date {
	sorted := slices.Clone(days)
	slices.SortFunc(sorted, func(a, b Date) int { return b.Compare(a) })
	sorted = slices.Compact(sorted)
	var keep []Date
	for i, d := range sorted {
		if i < KeepDailyBackups {
			keep = append(keep, d)
		}
	}
	if len(sorted) <= KeepDailyBackups {
		return keep
	}
	seenWeeks := map[Date]bool{}
	// Weeks already covered by the dailies do not count again.
	for _, d := range keep {
		seenWeeks[PeriodStart(PerWeek, d, 1)] = true
	}
	weeks := 0
	for _, d := range sorted[KeepDailyBackups:] {
		w := PeriodStart(PerWeek, d, 1)
		if seenWeeks[w] {
			continue
		}
		seenWeeks[w] = true
		keep = append(keep, d)
		weeks++
		if weeks == KeepWeeklyBackups {
			break
		}
	}
	return keep
}
