package storage

import (
	"context"
	"database/sql"

	"github.com/vennplanner/venn/model"
)

// HealthPlanID is the derived id of a partner's health cadence.
func HealthPlanID(partnerID string) string { return DerivedID("health-plan", partnerID) }

const healthColumns = "id, partner_id, week, physical, mental, emotional, note, private"

// HealthChecks returns the health checks that stand (one per partner and
// week, see Standing), oldest week first. A private check never leaves
// this computer.
func (s *Store) HealthChecks(ctx context.Context) ([]model.HealthCheck, error) {
	all, err := s.AllHealthChecks(ctx)
	if err != nil {
		return nil, err
	}
	versions, err := s.personalVersions(ctx, s.db, "health_checks")
	if err != nil {
		return nil, err
	}
	return standing(all, func(h model.HealthCheck) string { return h.ID },
		func(h model.HealthCheck) string { return h.Week.String() + "/" + h.PartnerID }, versions), nil
}

// AllHealthChecks returns every live health check, also those written for
// the same week on two computers.
func (s *Store) AllHealthChecks(ctx context.Context) ([]model.HealthCheck, error) {
	return queryRows(ctx, s.db, "health checks", "SELECT "+healthColumns+" FROM health_checks WHERE deleted = 0 ORDER BY week, partner_id, id", scanHealth)
}

func scanHealth(r *sql.Rows) (model.HealthCheck, error) {
	var h model.HealthCheck
	var week string
	err := r.Scan(&h.ID, &h.PartnerID, &week, &h.Physical, &h.Mental, &h.Emotional, &h.Note, &h.Private)
	h.Week, _ = model.ParseDate(week)
	return h, err
}

// PutHealthCheck writes a health check (its id derived from week and partner).
func (tx *Tx) PutHealthCheck(h model.HealthCheck) error {
	old, err := queryRows(tx.ctx, tx.tx, "health check", "SELECT "+healthColumns+" FROM health_checks WHERE deleted = 0 AND id = ?", scanHealth, h.ID)
	if err != nil {
		return err
	}
	var prev []Field
	if len(old) > 0 {
		prev = healthFields(old[0])
	}
	return tx.putRow("health_checks", h.ID, prev, healthFields(h))
}

func healthFields(h model.HealthCheck) []Field {
	return []Field{{"partner_id", h.PartnerID}, {"week", h.Week.String()}, {"physical", int64(h.Physical)},
		{"mental", int64(h.Mental)}, {"emotional", int64(h.Emotional)}, {"note", h.Note}, {"private", h.Private}}
}

// HealthPlans returns each partner's chosen cadence.
func (s *Store) HealthPlans(ctx context.Context) ([]model.HealthPlan, error) {
	return queryRows(ctx, s.db, "health plans", "SELECT partner_id, every_weeks FROM health_plans WHERE deleted = 0 ORDER BY partner_id",
		func(r *sql.Rows) (model.HealthPlan, error) {
			var p model.HealthPlan
			err := r.Scan(&p.PartnerID, &p.EveryWeeks)
			return p, err
		})
}

// PutHealthPlan writes a partner's cadence.
func (tx *Tx) PutHealthPlan(p model.HealthPlan) error {
	return tx.SetFields("health_plans", HealthPlanID(p.PartnerID), Field{"partner_id", p.PartnerID}, Field{"every_weeks", int64(p.EveryWeeks)})
}
