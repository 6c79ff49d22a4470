package model

import "strings"

// Verdict is what a big decision does to one of the values the couple wrote
// down.
type Verdict string

const (
	VerdictServes    Verdict = "serves"
	VerdictStrains   Verdict = "strains"
	VerdictUnrelated Verdict = "unrelated"
)

// Verdicts are the verdicts in the order a form offers them.
var Verdicts = []Verdict{VerdictServes, VerdictStrains, VerdictUnrelated}

// Words is the verdict as a person says it.
func (v Verdict) Words() string {
	switch v {
	case VerdictServes:
		return "Serves"
	case VerdictStrains:
		return "Strains"
	case VerdictUnrelated:
		return "Not related"
	}
	return ""
}

// Valid reports whether v is one of the verdicts.
func (v Verdict) Valid() bool {
	return v == VerdictServes || v == VerdictStrains || v == VerdictUnrelated
}

// ValueCheck is one value weighed against one decision: a life event's or a
// session's. It takes the privacy of its value and of its decision.
type ValueCheck struct {
	ID        string
	ValueID   string
	EventID   string // the life event, or ""
	SessionID string // the session whose decisions were checked, or ""
	Verdict   Verdict
	Private   bool
}

// Validate checks that a check names one value, exactly one decision and a
// verdict.
func (c ValueCheck) Validate() error {
	switch {
	case c.ValueID == "":
		return invalid("value", "ui.model.valueCheckChoose")
	case (c.EventID == "") == (c.SessionID == ""):
		return invalid("decision", "ui.model.valueOneDecision")
	case !c.Verdict.Valid():
		return invalid("verdict", "ui.model.verdictUnknown", "Verdict", quoted(c.Verdict))
	}
	return nil
}

// CheckWords says a decision's checks in a line, in the values' order:
// "Serves Adventure, Family · strains Saving for a flat". Values checked as
// not related, and checks of values not given (private elsewhere, or
// removed), are left out; "" when nothing is left.
func CheckWords(checks []ValueCheck, values []Value) string {
	verdict := map[string]Verdict{}
	for _, c := range checks {
		verdict[c.ValueID] = c.Verdict
	}
	var serves, strains []string
	for _, v := range values {
		switch verdict[v.ID] {
		case VerdictServes:
			serves = append(serves, v.Text)
		case VerdictStrains:
			strains = append(strains, v.Text)
		}
	}
	var parts []string
	if len(serves) > 0 {
		parts = append(parts, "serves "+strings.Join(serves, ", "))
	}
	if len(strains) > 0 {
		parts = append(parts, "strains "+strings.Join(strains, ", "))
	}
	out := strings.Join(parts, " · ")
	if out == "" {
		return ""
	}
	return strings.ToUpper(out[:1]) + out[1:]
}
