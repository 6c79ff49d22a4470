package storage

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/vennplanner/venn/model"
)

const agreementColumns = "id, text, agreed_on, revisit_on, request_id"

// Agreements returns every live agreement, oldest first.
func (s *Store) Agreements(ctx context.Context) ([]model.Agreement, error) {
	return queryRows(ctx, s.db, "agreements", "SELECT "+agreementColumns+" FROM agreements WHERE deleted = 0 ORDER BY agreed_on, id", scanAgreement)
}

// Agreement reads one live agreement.
func (tx *Tx) Agreement(id string) (model.Agreement, error) {
	as, err := queryRows(tx.ctx, tx.tx, "agreement", "SELECT "+agreementColumns+" FROM agreements WHERE deleted = 0 AND id = ?", scanAgreement, id)
	if err != nil {
		return model.Agreement{}, err
	}
	if len(as) == 0 {
		return model.Agreement{}, fmt.Errorf("agreement %s: %w", id, ErrNotFound)
	}
	return as[0], nil
}

func scanAgreement(r *sql.Rows) (model.Agreement, error) {
	var a model.Agreement
	var agreed, revisit string
	err := r.Scan(&a.ID, &a.Text, &agreed, &revisit, &a.RequestID)
	a.Agreed, _ = model.ParseDate(agreed)
	a.Revisit, _ = model.ParseDate(revisit)
	return a, err
}

// PutAgreement writes an agreement (the changed fields when old is given).
func (tx *Tx) PutAgreement(old *model.Agreement, a model.Agreement) error {
	var prev []Field
	if old != nil {
		prev = agreementFields(*old)
	}
	return tx.putRow("agreements", a.ID, prev, agreementFields(a))
}

func agreementFields(a model.Agreement) []Field {
	return []Field{{"text", a.Text}, {"agreed_on", a.Agreed.String()}, {"revisit_on", a.Revisit.String()}, {"request_id", a.RequestID}}
}
