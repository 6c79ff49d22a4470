package app

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// ExportFormat and ExportVersion identify Venn's JSON export
// (documented in docs/export-format.md).
const (
	ExportFormat  = "venn-export"
	ExportVersion = 1
)

// MaxImportSize bounds what Import reads.
const MaxImportSize = 256 << 20

type exportDoc struct {
	Format     string           `json:"format"`
	Version    int              `json:"version"`
	ExportedAt string           `json:"exported_at"`
	Household  *exportHousehold `json:"household"`
	Partners   []exportPartner  `json:"partners"`
	Columns    []exportColumn   `json:"columns"`
	Goals      []exportGoal     `json:"goals"`

	Rituals           []exportRitual     `json:"rituals"`
	RitualEntries     []exportEntry      `json:"ritual_entries"`
	RitualAdaptations []exportAdaptation `json:"ritual_adaptations"`

	Capacities  []exportCapacity   `json:"capacities"`
	Allocations []exportAllocation `json:"allocations"`
	Actuals     []exportActual     `json:"actuals"`

	Prompts     []exportPrompt     `json:"prompts"`
	Checkins    []exportCheckin    `json:"checkins"`
	Signs       []exportSign       `json:"signs"`
	Assessments []exportAssessment `json:"assessments"`
	Reviews     []exportReview     `json:"reviews"`

	Blocks       []exportBlock     `json:"blocks"`
	CalendarAims *exportAims       `json:"calendar_aims,omitempty"`
	LifeEvents   []exportLifeEvent `json:"life_events"`

	Sessions   []exportSession   `json:"sessions"`
	Values     []exportValue     `json:"values"`
	Contracts  []exportContract  `json:"contracts"`
	Milestones []exportMilestone `json:"milestones"`
}

type exportRitual struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Who          string   `json:"who"`
	Times        int      `json:"times"`
	Per          string   `json:"per"`
	Start        string   `json:"start"`
	ReminderTime string   `json:"reminder_time"`
	ReminderDays []string `json:"reminder_days"`
	Notes        string   `json:"notes"`
	Archived     bool     `json:"archived"`
	Private      bool     `json:"private"`
}

type exportEntry struct {
	ID       string `json:"id"`
	RitualID string `json:"ritual_id"`
	Day      string `json:"day"`
	Status   string `json:"status"`
	Reason   string `json:"reason"`
	ConfirmA bool   `json:"confirm_a"`
	ConfirmB bool   `json:"confirm_b"`
}

type exportAdaptation struct {
	ID       string `json:"id"`
	RitualID string `json:"ritual_id"`
	From     string `json:"from"`
	Times    int    `json:"times"`
	Per      string `json:"per"`
	Note     string `json:"note"`
}

type exportHousehold struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Currency  string `json:"currency"`
	WeekStart string `json:"week_start"`
}

type exportPartner struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Color string `json:"color"`
	Slot  string `json:"slot"`
}

type exportColumn struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	WIPLimit int    `json:"wip_limit"`
}

type exportGoal struct {
	ID            string                `json:"id"`
	Title         string                `json:"title"`
	Notes         string                `json:"notes"`
	Owner         string                `json:"owner"`
	Column        string                `json:"column"`
	Rank          string                `json:"rank"`
	Labels        []string              `json:"labels"`
	TargetQuarter string                `json:"target_quarter"`
	Start         string                `json:"start"`
	Due           string                `json:"due"`
	Checklist     []model.ChecklistStep `json:"checklist"`
	Archived      bool                  `json:"archived"`
	Private       bool                  `json:"private"`
	Created       string                `json:"created"`
}

// Export writes everything as indented JSON.
func (s *Service) Export(ctx context.Context, w io.Writer) error {
	doc := exportDoc{Format: ExportFormat, Version: ExportVersion, ExportedAt: s.now().UTC().Format(time.RFC3339),
		Partners: []exportPartner{}, Columns: []exportColumn{}, Goals: []exportGoal{},
		Rituals: []exportRitual{}, RitualEntries: []exportEntry{}, RitualAdaptations: []exportAdaptation{},
		Capacities: []exportCapacity{}, Allocations: []exportAllocation{}, Actuals: []exportActual{}}
	if h, err := s.store.Household(ctx); err == nil {
		doc.Household = &exportHousehold{ID: h.ID, Name: h.Name, Currency: h.Currency, WeekStart: strings.ToLower(h.WeekStart.String())}
	} else if !errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("export: %w", err)
	}
	partners, err := s.store.Partners(ctx)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, p := range partners {
		doc.Partners = append(doc.Partners, exportPartner{ID: p.ID, Name: p.Name, Color: p.Color, Slot: string(p.Slot)})
	}
	cols, err := s.store.ColumnSettings(ctx)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for _, c := range cols {
		doc.Columns = append(doc.Columns, exportColumn{Key: string(c.Column), Name: c.Name, WIPLimit: c.WIPLimit})
	}
	goals, err := s.store.Goals(ctx)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	slices.SortFunc(goals, func(a, b model.Goal) int { return cmp.Compare(a.ID, b.ID) })
	for _, g := range goals {
		doc.Goals = append(doc.Goals, exportGoal{
			ID: g.ID, Title: g.Title, Notes: g.Notes, Owner: string(g.Owner), Column: string(g.Column), Rank: g.Rank,
			Labels: nonNil(g.Labels), TargetQuarter: g.TargetQuarter.String(), Start: g.Start.String(), Due: g.Due.String(),
			Checklist: nonNil(g.Checklist), Archived: g.Archived, Private: g.Private, Created: g.Created.UTC().Format(time.RFC3339Nano),
		})
	}
	if err := s.exportRituals(ctx, &doc); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := s.exportResources(ctx, &doc); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := s.exportCheckins(ctx, &doc); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := s.exportCalendar(ctx, &doc); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := s.exportSessions(ctx, &doc); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

// ImportResult counts what an import changed.
type ImportResult struct {
	GoalsAdded, GoalsUpdated int
	PartnersSaved            int
	HouseholdSaved           bool
	RitualsSaved             int
	EntriesSaved             int
	AdaptationsSaved         int
	ResourceRowsSaved        int
	CheckinRowsSaved         int
	CalendarRowsSaved        int
	SessionRowsSaved         int
	// Unknown lists keys in the file that Venn does not know; they were
	// left alone ("goals[3].colour").
	Unknown []string
}

func (r ImportResult) String() string {
	out := fmt.Sprintf("%d goals added, %d updated, %d partners saved", r.GoalsAdded, r.GoalsUpdated, r.PartnersSaved)
	if r.RitualsSaved+r.EntriesSaved+r.AdaptationsSaved > 0 {
		out += fmt.Sprintf(", %d rituals with %d days and %d cadence changes", r.RitualsSaved, r.EntriesSaved, r.AdaptationsSaved)
	}
	if r.ResourceRowsSaved > 0 {
		out += fmt.Sprintf(", %d capacities, allocations and actuals", r.ResourceRowsSaved)
	}
	if r.SessionRowsSaved > 0 {
		out += fmt.Sprintf(", %d sessions, values, contracts and milestones", r.SessionRowsSaved)
	}
	if r.CalendarRowsSaved > 0 {
		out += fmt.Sprintf(", %d calendar blocks and life events", r.CalendarRowsSaved)
	}
	if r.CheckinRowsSaved > 0 {
		out += fmt.Sprintf(", %d check-in, self-assessment and review rows", r.CheckinRowsSaved)
	}
	if n := len(r.Unknown); n > 0 {
		shown := r.Unknown[:min(n, 5)]
		out += fmt.Sprintf("; left alone %d key(s) Venn does not know: %s", n, strings.Join(shown, ", "))
		if n > len(shown) {
			out += ", …"
		}
	}
	return out
}

// ImportError explains why an import was refused; nothing was changed.
type ImportError struct{ Msg string }

func (e *ImportError) Error() string { return "import refused: " + e.Msg + " (nothing was changed)" }

func importErr(format string, args ...any) error {
	return &ImportError{Msg: fmt.Sprintf(format, args...)}
}

// Import merges a JSON export as local edits: rows are matched by id, and
// only the fields present in each object change. Everything lands in one
// transaction: a problem anywhere leaves the data as it was.
func (s *Service) Import(ctx context.Context, r io.Reader) (ImportResult, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxImportSize+1))
	if err != nil {
		return ImportResult{}, fmt.Errorf("read import: %w", err)
	}
	if len(data) > MaxImportSize {
		return ImportResult{}, importErr("the file is larger than %d MB", MaxImportSize>>20)
	}
	// Windows tools begin UTF-8 text with a byte-order mark.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		// Go's JSON decoder would quietly turn bad bytes into "�".
		at := 0
		for at < len(data) {
			r, size := utf8.DecodeRune(data[at:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			at += size
		}
		return ImportResult{}, importErr("the file is not UTF-8 text (byte %d is not); save it as UTF-8 and try again", at)
	}
	doc, err := parseImport(data)
	if err != nil {
		return ImportResult{}, err
	}
	var res ImportResult
	err = s.update(ctx, func(tx *storage.Tx) error {
		res = ImportResult{}
		return s.applyImport(tx, doc, &res)
	})
	res.Unknown = doc.unknown
	return res, err
}

// importDoc is a parsed import: every object kept as its raw fields so we
// know which fields are present.
type importDoc struct {
	household   map[string]json.RawMessage
	partners    []map[string]json.RawMessage
	columns     []map[string]json.RawMessage
	goals       []map[string]json.RawMessage
	rituals     []map[string]json.RawMessage
	entries     []map[string]json.RawMessage
	adaptations []map[string]json.RawMessage
	capacities  []map[string]json.RawMessage
	allocations []map[string]json.RawMessage
	actuals     []map[string]json.RawMessage
	prompts     []map[string]json.RawMessage
	checkins    []map[string]json.RawMessage
	signs       []map[string]json.RawMessage
	assessments []map[string]json.RawMessage
	reviews     []map[string]json.RawMessage
	blocks      []map[string]json.RawMessage
	aims        map[string]json.RawMessage
	events      []map[string]json.RawMessage
	sessions    []map[string]json.RawMessage
	values      []map[string]json.RawMessage
	contracts   []map[string]json.RawMessage
	milestones  []map[string]json.RawMessage

	unknown []string // keys Venn does not know, left alone
}

func parseImport(data []byte) (importDoc, error) {
	var top map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&top); err != nil || top == nil {
		return importDoc{}, importErr("the file is not valid JSON, or not a JSON object: %s", shortJSONError(err))
	}
	if dec.More() {
		return importDoc{}, importErr("the file has more after its JSON object")
	}
	var doc importDoc
	if raw, ok := top["format"]; ok {
		var f string
		if json.Unmarshal(raw, &f) != nil || f != ExportFormat {
			return doc, importErr("this is not a Venn export (its format is %s)", raw)
		}
	}
	if raw, ok := top["version"]; ok {
		var v int
		if json.Unmarshal(raw, &v) != nil || v < 1 {
			return doc, importErr("the export version %s is not a number", raw)
		}
		if v > ExportVersion {
			return doc, importErr("this export was made by a newer Venn (version %d); please update Venn", v)
		}
	}
	known := false
	if raw, ok := top["household"]; ok && string(raw) != "null" {
		known = true
		if json.Unmarshal(raw, &doc.household) != nil {
			return doc, importErr("\"household\" must be an object")
		}
	}
	lists := map[string]*[]map[string]json.RawMessage{
		"partners": &doc.partners, "columns": &doc.columns, "goals": &doc.goals,
		"rituals": &doc.rituals, "ritual_entries": &doc.entries, "ritual_adaptations": &doc.adaptations,
		"capacities": &doc.capacities, "allocations": &doc.allocations, "actuals": &doc.actuals,
		"prompts": &doc.prompts, "checkins": &doc.checkins, "signs": &doc.signs, "assessments": &doc.assessments, "reviews": &doc.reviews,
		"blocks": &doc.blocks, "life_events": &doc.events,
		"sessions": &doc.sessions, "values": &doc.values, "contracts": &doc.contracts, "milestones": &doc.milestones,
	}
	for key, dst := range lists {
		raw, ok := top[key]
		if !ok {
			continue
		}
		known = true
		if json.Unmarshal(raw, dst) != nil {
			return doc, importErr("%q must be a list of objects", key)
		}
	}
	if raw, ok := top["calendar_aims"]; ok && string(raw) != "null" {
		known = true
		if json.Unmarshal(raw, &doc.aims) != nil {
			return doc, importErr("\"calendar_aims\" must be an object")
		}
	}
	if !known {
		return doc, importErr("this is not a Venn export: it has no household, partners, goals, rituals, resources, check-ins, calendar or sessions")
	}
	doc.unknown = unknownKeys(top)
	return doc, nil
}

// unknownKeys lists, for the person importing, the keys of the file that
// are not in Venn's export format (a typo, or another program's field):
// they are reported, not silently dropped. The format is read off the
// export's own types.
func unknownKeys(top map[string]json.RawMessage) []string {
	docType := reflect.TypeFor[exportDoc]()
	var out []string
	for key, raw := range top {
		f, ok := fieldByTag(docType, key)
		if !ok {
			out = append(out, key)
			continue
		}
		t := f.Type
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			continue
		}
		var objects []map[string]json.RawMessage
		if json.Unmarshal(raw, &objects) != nil {
			var one map[string]json.RawMessage
			if json.Unmarshal(raw, &one) != nil {
				continue
			}
			objects = append(objects, one)
		}
		for i, o := range objects {
			for k := range o {
				if _, ok := fieldByTag(t, k); !ok {
					out = append(out, fmt.Sprintf("%s[%d].%s", key, i, k))
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// fieldByTag finds a struct field by its JSON name.
func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func shortJSONError(err error) string {
	if err == nil {
		return "it is empty"
	}
	msg := err.Error()
	if len(msg) > 120 {
		msg = msg[:120] + "…"
	}
	return msg
}

func (s *Service) applyImport(tx *storage.Tx, doc importDoc, res *ImportResult) error {
	if doc.household != nil {
		if err := importHousehold(tx, object{raw: doc.household, where: "household"}); err != nil {
			return err
		}
		res.HouseholdSaved = true
	}
	for i, raw := range doc.partners {
		if err := importPartner(tx, object{raw: raw, where: fmt.Sprintf("partner %d", i+1)}); err != nil {
			return err
		}
		res.PartnersSaved++
	}
	for i, raw := range doc.columns {
		if err := importColumn(tx, object{raw: raw, where: fmt.Sprintf("column %d", i+1)}); err != nil {
			return err
		}
	}
	for i, raw := range doc.goals {
		added, err := s.importGoal(tx, object{raw: raw, where: fmt.Sprintf("goal %d", i+1)})
		if err != nil {
			return err
		}
		if added {
			res.GoalsAdded++
		} else {
			res.GoalsUpdated++
		}
	}
	if err := s.importRituals(tx, doc, res); err != nil {
		return err
	}
	if err := s.importResources(tx, doc, res); err != nil {
		return err
	}
	if err := s.importCheckins(tx, doc, res); err != nil {
		return err
	}
	if err := s.importCalendar(tx, doc, res); err != nil {
		return err
	}
	return s.importSessions(tx, doc, res)
}

func importHousehold(tx *storage.Tx, o object) error {
	h, err := tx.Household()
	if errors.Is(err, storage.ErrNotFound) {
		id := o.str("id")
		if id == nil || *id == "" {
			id = model.Ptr(storage.NewID())
		}
		h = model.Household{ID: *id, Currency: "EUR", WeekStart: time.Monday}
	} else if err != nil {
		return err
	}
	if v := o.str("name"); v != nil {
		h.Name = strings.TrimSpace(*v)
	}
	if v := o.str("currency"); v != nil {
		h.Currency = *v
	}
	if v := o.str("week_start"); v != nil {
		switch strings.ToLower(*v) {
		case "monday":
			h.WeekStart = time.Monday
		case "sunday":
			h.WeekStart = time.Sunday
		default:
			return importErr("household: week_start must be \"monday\" or \"sunday\"")
		}
	}
	if o.err != nil {
		return o.err
	}
	if err := h.Validate(); err != nil {
		return importErr("household: %s", UserMessage(err))
	}
	return tx.PutHousehold(h)
}

func importPartner(tx *storage.Tx, o object) error {
	id := o.str("id")
	if o.err != nil {
		return o.err
	}
	if id == nil || *id == "" {
		return importErr("%s has no id", o.where)
	}
	partners, err := tx.Partners()
	if err != nil {
		return err
	}
	p := model.Partner{ID: *id}
	found := false
	for _, q := range partners {
		if q.ID == *id {
			p, found = q, true
		}
	}
	if v := o.str("name"); v != nil {
		p.Name = strings.TrimSpace(*v)
	}
	if v := o.str("color"); v != nil {
		p.Color = strings.ToLower(*v)
	}
	if v := o.str("slot"); v != nil {
		p.Slot = model.Slot(*v)
	}
	if o.err != nil {
		return o.err
	}
	if !found {
		for _, q := range partners {
			if q.Slot == p.Slot {
				return importErr("%s (%s) belongs to another household: this one already has %s in that place", o.where, p.Name, q.Name)
			}
		}
	}
	if err := p.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutPartner(p)
}

func importColumn(tx *storage.Tx, o object) error {
	key := o.str("key")
	name := o.str("name")
	limit := o.integer("wip_limit")
	if o.err != nil {
		return o.err
	}
	if key == nil {
		return importErr("%s has no key", o.where)
	}
	c := model.ColumnSettings{Column: model.Column(*key), Name: model.Column(*key).DefaultName()}
	if name != nil {
		c.Name = strings.TrimSpace(*name)
	}
	if limit != nil {
		c.WIPLimit = *limit
	}
	if err := c.Validate(); err != nil {
		return importErr("%s: %s", o.where, UserMessage(err))
	}
	return tx.PutColumnSettings(c)
}

func (s *Service) importGoal(tx *storage.Tx, o object) (added bool, err error) {
	id := o.str("id")
	p := model.GoalPatch{
		Title: o.str("title"), Notes: o.str("notes"), Rank: o.str("rank"),
		Labels: o.strings("labels"), Archived: o.boolean("archived"), Private: o.boolean("private"),
	}
	if v := o.str("owner"); v != nil {
		p.Owner = model.Ptr(model.Owner(*v))
	}
	if v := o.str("column"); v != nil {
		p.Column = model.Ptr(model.Column(*v))
	}
	if v := o.str("target_quarter"); v != nil {
		q, err := model.ParseQuarter(*v)
		if err != nil {
			o.fail("target_quarter: %v", err)
		}
		p.TargetQuarter = &q
	}
	p.Start = o.date("start")
	p.Due = o.date("due")
	p.Checklist = o.checklist("checklist")
	created := o.str("created")
	if o.err != nil {
		return false, o.err
	}
	if id == nil || *id == "" {
		id = model.Ptr(storage.NewID())
	}
	if p.Checklist != nil {
		// Steps without an id (an export from before steps had ids) get one
		// from their place, so importing the same file twice changes nothing.
		for i, step := range *p.Checklist {
			if step.ID == "" {
				(*p.Checklist)[i].ID = storage.StepID(*id, i)
			}
		}
	}
	exists, err := tx.GoalExists(*id)
	if err != nil {
		return false, err
	}
	where := o.where
	if p.Title != nil {
		where = fmt.Sprintf("%s (%q)", o.where, truncate(*p.Title, 40))
	}
	if exists {
		if _, err := s.updateGoal(tx, *id, p); err != nil {
			return false, importErr("%s: %s", where, UserMessage(err))
		}
		return false, nil
	}
	g := model.Goal{ID: *id, Owner: model.Shared, Column: model.ColumnIdeas, Created: s.now().UTC()}
	if created != nil {
		if t, err := time.Parse(time.RFC3339Nano, *created); err == nil {
			g.Created = t
		}
	}
	if _, err := s.createGoal(tx, g, p); err != nil {
		return false, importErr("%s: %s", where, UserMessage(err))
	}
	return true, nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// object reads typed fields out of a raw JSON object, remembering the first
// type error so callers can check once.
type object struct {
	raw   map[string]json.RawMessage
	where string
	err   error
}

func (o *object) fail(format string, args ...any) {
	if o.err == nil {
		o.err = importErr("%s: %s", o.where, fmt.Sprintf(format, args...))
	}
}

func field[T any](o *object, key, kind string) *T {
	raw, ok := o.raw[key]
	if !ok {
		return nil
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil || string(raw) == "null" {
		o.fail("%q must be %s", key, kind)
		return nil
	}
	return &v
}

// str reads a text field; an id or a reference to one must be an id Venn
// makes (a UUID), or empty for "none".
func (o *object) str(key string) *string {
	v := field[string](o, key, "text")
	if v != nil && (key == "id" || strings.HasSuffix(key, "_id")) && *v != "" && !storage.ValidID(*v) {
		o.fail("%q must be an id Venn makes (a UUID such as 0197b3a2-5c1e-7d4f-9a10-2b3c4d5e6f70), not %q", key, truncate(*v, 40))
		return nil
	}
	return v
}
func (o *object) boolean(key string) *bool     { return field[bool](o, key, "true or false") }
func (o *object) integer(key string) *int      { return field[int](o, key, "a whole number") }
func (o *object) strings(key string) *[]string { return field[[]string](o, key, "a list of text") }

func (o *object) checklist(key string) *[]model.ChecklistStep {
	return field[[]model.ChecklistStep](o, key, `a list of {"text", "done"} steps`)
}

func (o *object) date(key string) *model.Date {
	v := o.str(key)
	if v == nil {
		return nil
	}
	d, err := model.ParseDate(*v)
	if err != nil {
		o.fail("%s: %v", key, err)
		return nil
	}
	return &d
}
