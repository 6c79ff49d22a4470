package summary

import (
	"strings"
	"unicode"

	"github.com/vennplanner/venn/i18n"
	"github.com/vennplanner/venn/model"
)

// The summary's own words for what model and app say in English: hours,
// amounts, cadences, owners and kinds, in the summary's language.

// hours is minutes as "4 h", "4 h 30 min", "45 min" the language's way.
func hours(tr *i18n.Tr, minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case m == 0:
		return tr.T("num.hours", "H", tr.Int(h))
	case h == 0:
		return tr.T("num.minutes", "M", m)
	}
	return tr.T("num.hoursMinutes", "H", tr.Int(h), "M", m)
}

// amount is an amount of a resource: hours, money in the household's
// currency, or energy points.
func amount(tr *i18n.Tr, r model.Resource, a model.Amount, currency string) string {
	switch r {
	case model.Time:
		if a < 0 {
			return "-" + hours(tr, int(-a))
		}
		return hours(tr, int(a))
	case model.Money:
		return tr.Money(model.CurrencySymbol(currency), int64(a), model.CurrencyScale(currency))
	case model.Energy:
		if a%10 == 0 {
			return tr.N("num.points", int(a/10))
		}
		return tr.T("num.pointsDecimal", "N", tr.Decimal(float64(a)/10, 1))
	}
	return model.FormatAmount(r, a, currency)
}

// resourceName is "Time", "Money" or "Energy".
func resourceName(tr *i18n.Tr, r model.Resource) string {
	switch r {
	case model.Time:
		return tr.T("summary.resource.time")
	case model.Money:
		return tr.T("summary.resource.money")
	case model.Energy:
		return tr.T("summary.resource.energy")
	}
	return string(r)
}

// perPeriod is an amount a week or a month: "9 h a week".
func perPeriod(tr *i18n.Tr, p model.Period, what string) string {
	if p == model.PerMonth {
		return tr.T("summary.perMonth", "Amount", what)
	}
	return tr.T("summary.perWeek", "Amount", what)
}

// cadence is how often a ritual comes: "daily", "once a week", "3× a
// month".
func cadence(tr *i18n.Tr, c model.Cadence) string {
	if c.Times == 2 {
		return twice(tr, c.Per)
	}
	switch c.Per {
	case model.PerDay:
		return tr.N("summary.cadence.day", c.Times)
	case model.PerWeek:
		return tr.N("summary.cadence.week", c.Times)
	case model.PerMonth:
		return tr.N("summary.cadence.month", c.Times)
	case model.PerQuarter:
		return tr.N("summary.cadence.quarter", c.Times)
	}
	return c.String()
}

// twice is "twice a week", which English says in a word.
func twice(tr *i18n.Tr, p model.Period) string {
	switch p {
	case model.PerDay:
		return tr.T("summary.cadence.twice.day")
	case model.PerMonth:
		return tr.T("summary.cadence.twice.month")
	case model.PerQuarter:
		return tr.T("summary.cadence.twice.quarter")
	}
	return tr.T("summary.cadence.twice.week")
}

// ownerName is a lane's owner: a partner's name, or the couple's.
func ownerName(tr *i18n.Tr, o model.Owner, partners []model.Partner) string {
	if o == model.Shared {
		return tr.T("summary.shared")
	}
	return model.OwnerName(o, partners)
}

// eventKind is a life event's kind: "Career change".
func eventKind(tr *i18n.Tr, k model.LifeEventKind) string {
	switch k {
	case model.EventCareer:
		return tr.T("summary.event.career")
	case model.EventIllness:
		return tr.T("summary.event.illness")
	case model.EventMove:
		return tr.T("summary.event.move")
	case model.EventBaby:
		return tr.T("summary.event.baby")
	case model.EventLoss:
		return tr.T("summary.event.loss")
	case model.EventOther:
		return tr.T("summary.event.other")
	}
	return k.Name()
}

// columnName is a board column's name: the couple's own when they renamed
// it, else the default name in the summary's language.
func columnName(tr *i18n.Tr, c model.ColumnSettings) string {
	if c.Name != "" && c.Name != c.Column.DefaultName() {
		return c.Name
	}
	switch c.Column {
	case model.ColumnIdeas:
		return tr.T("summary.column.ideas")
	case model.ColumnPlanned:
		return tr.T("summary.column.planned")
	case model.ColumnDoing:
		return tr.T("summary.column.doing")
	case model.ColumnDone:
		return tr.T("summary.column.done")
	}
	return c.Column.DefaultName()
}

// checkWords says a decision's value checks: "Serves Adventure · strains
// Savings".
func checkWords(tr *i18n.Tr, checks []model.ValueCheck, values []model.Value) string {
	verdict := map[string]model.Verdict{}
	for _, c := range checks {
		verdict[c.ValueID] = c.Verdict
	}
	var serves, strains []string
	for _, v := range values {
		switch verdict[v.ID] {
		case model.VerdictServes:
			serves = append(serves, v.Text)
		case model.VerdictStrains:
			strains = append(strains, v.Text)
		}
	}
	var parts []string
	if len(serves) > 0 {
		parts = append(parts, tr.T("summary.checks.serves", "Values", strings.Join(serves, ", ")))
	}
	if len(strains) > 0 {
		parts = append(parts, tr.T("summary.checks.strains", "Values", strings.Join(strains, ", ")))
	}
	out := []rune(strings.Join(parts, " · "))
	if len(out) == 0 {
		return ""
	}
	return string(unicode.ToUpper(out[0])) + string(out[1:])
}
