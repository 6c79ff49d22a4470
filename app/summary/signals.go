package summary

import (
	"strings"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// signalWords says a "worth talking about" signal in the summary's
// language: its title, what was seen and what it suggests, from the names
// and numbers model found. A signal of a kind not known here keeps
// model's English.
func signalWords(tr *i18n.Tr, sg model.Signal) (title, seen, suggest string) {
	name, c := sg.Names["Name"], sg.Counts
	switch sg.Key {
	case "flexibility":
		return tr.T("summary.signal.flex.title", "Name", name), flexSeen(tr, sg), tr.T("summary.signal.flex.suggest")
	case "ratings":
		return tr.T("summary.signal.ratings.title", "Name", name), tr.T("summary.signal.ratings.seen", "Name", name),
			tr.T("summary.signal.ratings.suggest")
	case "isolation":
		seen := tr.N("summary.signal.isolation.since", c["Weeks"], "Name", name)
		if with := sg.Names["With"]; with != "" {
			seen = tr.N("summary.signal.isolation.last", c["Weeks"], "Name", name, "With", with, "Day", tr.DayMonthLong(sg.Day.Time()))
		}
		return tr.T("summary.signal.isolation.title", "Name", name), seen, tr.T("summary.signal.isolation.suggest")
	case "slipping":
		return tr.T("summary.signal.slip.title", "Name", name), slipSeen(tr, sg), tr.T("summary.signal.slip.suggest", "Name", name)
	case "health":
		return tr.T("summary.signal.health.title", "Name", name),
			tr.N("summary.signal.health.seen", c["Checks"], "Name", name, "From", tr.Int(c["From"]), "To", tr.Int(c["To"]),
				"Span", tr.N("summary.signal.weeks", c["Weeks"])),
			tr.T("summary.signal.health.suggest", "Name", name)
	case "talk":
		return tr.T("summary.signal.talk.title"), tr.N("summary.signal.talk.seen", c["Talk"], "Agreed", tr.Int(c["Agreed"])),
			tr.T("summary.signal.talk.suggest")
	}
	return sg.Title, sg.Seen, sg.Suggest
}

// flexSeen says how one partner's plans gave way to life's changes.
func flexSeen(tr *i18n.Tr, sg model.Signal) string {
	c := sg.Counts
	var parts []string
	for _, x := range []struct {
		key string
		n   int
	}{{"summary.signal.flex.postponed", c["Postponed"]}, {"summary.signal.flex.paused", c["Paused"]}, {"summary.signal.flex.moved", c["Moved"]}} {
		if x.n > 0 {
			parts = append(parts, tr.N(x.key, x.n))
		}
	}
	gave := tr.T("summary.signal.flex.notAtAll", "Other", sg.Names["Other"])
	if n := c["Other"]; n > 0 {
		gave = tr.T("summary.signal.flex.gaveWay", "Other", sg.Names["Other"], "Times", times(tr, n))
	}
	given := c["Postponed"] + c["Paused"] + c["Moved"]
	return tr.N("summary.signal.flex.seen", c["Total"], "Name", sg.Names["Name"], "Given", tr.Int(given),
		"Words", strings.Join(parts, ", "), "GaveWay", gave)
}

// times says a count of times: "once", "twice", "3 times".
func times(tr *i18n.Tr, n int) string {
	if n == 2 {
		return tr.T("summary.signal.twice")
	}
	return tr.N("summary.signal.times", n)
}

// slipSeen says how a partner's own goals slipped.
func slipSeen(tr *i18n.Tr, sg model.Signal) string {
	c := sg.Counts
	var parts []string
	for _, x := range []struct {
		key string
		n   int
	}{{"summary.signal.slip.overdue", c["Overdue"]}, {"summary.signal.slip.postponed", c["Postponed"]}, {"summary.signal.slip.setAside", c["SetAside"]}} {
		if x.n > 0 {
			parts = append(parts, tr.T(x.key, "N", tr.Int(x.n)))
		}
	}
	total := c["Overdue"] + c["Postponed"] + c["SetAside"]
	return tr.N("summary.signal.slip.seen", total, "Name", sg.Names["Name"], "Parts", strings.Join(parts, ", "),
		"Shared", tr.N("summary.signal.slip.shared", c["Shared"]))
}
