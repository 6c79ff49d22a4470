package model

import "testing"

func TestCheckWords(t *testing.T) {
	values := []Value{{ID: "v1", Text: "Aventure 🏔️"}, {ID: "v2", Text: "家庭"}, {ID: "v3", Text: "Накопления"}}
	check := func(id string, v Verdict) ValueCheck { return ValueCheck{ValueID: id, EventID: "e", Verdict: v} }
	for _, tc := range []struct {
		name   string
		checks []ValueCheck
		want   string
	}{
		{"none", nil, ""},
		{"only not related", []ValueCheck{check("v1", VerdictUnrelated)}, ""},
		{"serves and strains in the values' order", []ValueCheck{check("v3", VerdictStrains), check("v2", VerdictServes), check("v1", VerdictServes)},
			"Serves Aventure 🏔️, 家庭 · strains Накопления"},
		{"only strains", []ValueCheck{check("v3", VerdictStrains)}, "Strains Накопления"},
		{"a value not given is left out", []ValueCheck{check("private", VerdictServes), check("v2", VerdictStrains)}, "Strains 家庭"},
	} {
		if got := CheckWords(tc.checks, values); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestValueCheckValidate(t *testing.T) {
	for _, tc := range []struct {
		c  ValueCheck
		ok bool
	}{
		{ValueCheck{ValueID: "v", EventID: "e", Verdict: VerdictServes}, true},
		{ValueCheck{ValueID: "v", SessionID: "s", Verdict: VerdictUnrelated}, true},
		{ValueCheck{ValueID: "v", EventID: "e", SessionID: "s", Verdict: VerdictServes}, false},
		{ValueCheck{ValueID: "v", Verdict: VerdictServes}, false},
		{ValueCheck{EventID: "e", Verdict: VerdictServes}, false},
		{ValueCheck{ValueID: "v", EventID: "e", Verdict: "maybe"}, false},
	} {
		if err := tc.c.Validate(); (err == nil) != tc.ok {
			t.Errorf("%+v: %v", tc.c, err)
		}
	}
}
