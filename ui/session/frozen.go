package session

import (
	"context"
	"fmt"
	"slices"

	"pianoperformance/model"
)

// frozenStore is a frozen version of the plan seen as a store: it reads
// the version and refuses every change, so that the screens, which change
// data only through the session and its store, cannot change a version
// whatever a widget does. Versions and the plan file itself are the base
// store's.
type frozenStore struct {
	plan *model.Plan // shared with the session's cache: never changed
	v    model.Versione
	base model.Store
}

func (f *frozenStore) Load(context.Context) (*model.Plan, error) { return f.plan.Clone(), nil }

func (f *frozenStore) Read(_ context.Context, fn func(r model.Reader) error) error {
	return fn(frozenReader{f})
}

// Write refuses: a frozen version is never changed.
func (f *frozenStore) Write(context.Context, func(w model.Writer) error) error {
	return fmt.Errorf("%w: si sta guardando la versione n. %d (%s), che non si può modificare; per modificare il piano tornare al piano corrente",
		model.ErrReadOnly, f.v.Numero, f.v.Dicitura())
}

// SaveCopyAs copies the plan file, which holds every version.
func (f *frozenStore) SaveCopyAs(path string) error { return f.base.SaveCopyAs(path) }
func (f *frozenStore) Path() string                 { return f.base.Path() }
func (f *frozenStore) ReadOnly() bool               { return true }

// Close leaves the base store open: it belongs to the session of the plan
// as it is.
func (f *frozenStore) Close() error { return nil }

type frozenReader struct{ f *frozenStore }

func (r frozenReader) ReadParts(p *model.Plan, parts model.Parts) error {
	p.Apply(r.f.plan.Clone(), model.Scope{Parts: parts})
	return nil
}

func (r frozenReader) Obiettivi(ids []int64) ([]model.Obiettivo, error) {
	var out []model.Obiettivo
	for _, o := range r.f.plan.Obiettivi {
		if slices.Contains(ids, o.ID) {
			out = append(out, o.Clone())
		}
	}
	return out, nil
}

func (r frozenReader) Versioni() (vv []model.Versione, err error) {
	err = r.f.base.Read(context.Background(), func(b model.Reader) error {
		vv, err = b.Versioni()
		return err
	})
	return vv, err
}

func (r frozenReader) LoadVersione(n int) (p *model.Plan, err error) {
	err = r.f.base.Read(context.Background(), func(b model.Reader) error {
		p, err = b.LoadVersione(n)
		return err
	})
	return p, err
}

func (r frozenReader) TestoVersione(n int) (b []byte, err error) {
	err = r.f.base.Read(context.Background(), func(br model.Reader) error {
		b, err = br.TestoVersione(n)
		return err
	})
	return b, err
}

// IdentitaPiano and Storico are the plan file's, which a version shares.
func (r frozenReader) IdentitaPiano() (id string, err error) {
	err = r.f.base.Read(context.Background(), func(b model.Reader) error {
		id, err = b.IdentitaPiano()
		return err
	})
	return id, err
}

func (r frozenReader) Storico() (ev []model.EventoStorico, err error) {
	err = r.f.base.Read(context.Background(), func(b model.Reader) error {
		ev, err = b.Storico()
		return err
	})
	return ev, err
}
