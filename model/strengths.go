package model

import (
	"fmt"
	"strings"
)

// StepSplit is how a shared goal's checklist is divided between the two
// partners: the steps each takes on, those they do together and those that
// name nobody yet.
type StepSplit struct {
	ByPartner []PartnerSteps // in the partners' order
	Both      int
	Unnamed   int
}

// PartnerSteps is one partner's count of steps.
type PartnerSteps struct {
	Partner Partner
	Steps   int
}

// SplitSteps counts who takes on the steps of a checklist. A step naming
// someone who is no longer a partner counts as unnamed.
func SplitSteps(steps []ChecklistStep, partners []Partner) StepSplit {
	out := StepSplit{ByPartner: make([]PartnerSteps, len(partners))}
	for i, p := range partners {
		out.ByPartner[i].Partner = p
	}
	for _, s := range steps {
		switch {
		case s.Doer == Shared:
			out.Both++
		case s.Doer == "":
			out.Unnamed++
		default:
			i := partnerIndex(partners, string(s.Doer))
			if i < 0 {
				out.Unnamed++
				continue
			}
			out.ByPartner[i].Steps++
		}
	}
	return out
}

func partnerIndex(partners []Partner, id string) int {
	for i, p := range partners {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// Named reports whether any step names who does it.
func (s StepSplit) Named() bool {
	if s.Both > 0 {
		return true
	}
	for _, p := range s.ByPartner {
		if p.Steps > 0 {
			return true
		}
	}
	return false
}

// Words says the split in a line, "Maya 3 steps, Liam 2, both 1": each
// partner, then both, then the steps nobody took on yet; "" when no step
// names anyone.
func (s StepSplit) Words() string {
	if !s.Named() {
		return ""
	}
	var parts []string
	for _, p := range s.ByPartner {
		parts = append(parts, fmt.Sprintf("%s %d", p.Partner.Name, p.Steps))
	}
	parts = append(parts, fmt.Sprintf("both %d", s.Both))
	if s.Unnamed > 0 {
		parts = append(parts, fmt.Sprintf("not named %d", s.Unnamed))
	}
	// The first number says what is counted: "3 steps", then "2", "1".
	n := s.Both
	if len(s.ByPartner) > 0 {
		n = s.ByPartner[0].Steps
	}
	if n == 1 {
		parts[0] += " step"
	} else {
		parts[0] += " steps"
	}
	return strings.Join(parts, ", ")
}

// DoerName names who takes a step on: a partner's name, "both" or "".
func DoerName(doer Owner, partners []Partner) string {
	switch doer {
	case "":
		return ""
	case Shared:
		return "both"
	}
	if i := partnerIndex(partners, string(doer)); i >= 0 {
		return partners[i].Name
	}
	return ""
}
