package model

import "context"

// Checked wraps a store so that every record is checked (CheckEnte,
// CheckObiettivo… and the whole plan's Validate) before it is written:
// whatever the caller, a screen, an import or a bug, nothing out of bounds
// reaches the file, and the refusal is a ValidationError in Italian with
// nothing changed. Methods it does not list pass through unchanged.
func Checked(st Store) Store {
	if c, ok := st.(checkedStore); ok {
		return c
	}
	return checkedStore{st}
}

type checkedStore struct{ Store }

// Unchecked is the store a Checked store wraps (st itself otherwise), for
// code that needs the concrete store.
func Unchecked(st Store) Store {
	if c, ok := st.(checkedStore); ok {
		return c.Store
	}
	return st
}

func (c checkedStore) ReplacePlan(ctx context.Context, p *Plan) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return c.Store.ReplacePlan(ctx, p)
}

func (c checkedStore) SaveEnte(ctx context.Context, e Ente) error {
	if err := CheckEnte(e); err != nil {
		return err
	}
	return c.Store.SaveEnte(ctx, e)
}

func (c checkedStore) SavePiano(ctx context.Context, p Piano) error {
	if err := CheckPiano(p); err != nil {
		return err
	}
	return c.Store.SavePiano(ctx, p)
}

func (c checkedStore) SaveCapitolo(ctx context.Context, cp *Capitolo) error {
	if err := CheckCapitolo(*cp); err != nil {
		return err
	}
	return c.Store.SaveCapitolo(ctx, cp)
}

func (c checkedStore) SaveCapitoli(ctx context.Context, cc []Capitolo) error {
	for _, cp := range cc {
		if err := CheckCapitolo(cp); err != nil {
			return err
		}
	}
	return c.Store.SaveCapitoli(ctx, cc)
}

func (c checkedStore) SaveTerritorio(ctx context.Context, t Territorio) error {
	if err := CheckTerritorio(t); err != nil {
		return err
	}
	return c.Store.SaveTerritorio(ctx, t)
}

func (c checkedStore) SavePopolazioneAnno(ctx context.Context, p PopolazioneAnno) error {
	if err := CheckPopolazioneAnno(p); err != nil {
		return err
	}
	return c.Store.SavePopolazioneAnno(ctx, p)
}

func (c checkedStore) RenumberPopolazioneAnno(ctx context.Context, from, to int) error {
	if err := CheckYear(to); err != nil {
		return &ValidationError{Problemi: []string{"popolazione: " + err.Error()}, Dettagli: []string{err.Error()}}
	}
	return c.Store.RenumberPopolazioneAnno(ctx, from, to)
}

func (c checkedStore) SaveFascia(ctx context.Context, f *FasciaEta) error {
	if err := CheckFascia(*f); err != nil {
		return err
	}
	return c.Store.SaveFascia(ctx, f)
}

func (c checkedStore) SaveFasciaConConteggi(ctx context.Context, f *FasciaEta, counts []PopolazioneFascia) error {
	if err := CheckFascia(*f); err != nil {
		return err
	}
	for _, pf := range counts {
		if err := CheckPopolazioneFascia(pf); err != nil {
			return err
		}
	}
	return c.Store.SaveFasciaConConteggi(ctx, f, counts)
}

func (c checkedStore) SavePopolazioneFascia(ctx context.Context, pf PopolazioneFascia) error {
	if err := CheckPopolazioneFascia(pf); err != nil {
		return err
	}
	return c.Store.SavePopolazioneFascia(ctx, pf)
}

func (c checkedStore) SavePersonaleAnno(ctx context.Context, p PersonaleAnno) error {
	if err := CheckPersonaleAnno(p); err != nil {
		return err
	}
	return c.Store.SavePersonaleAnno(ctx, p)
}

func (c checkedStore) RenumberPersonaleAnno(ctx context.Context, from, to int) error {
	if err := CheckYear(to); err != nil {
		return &ValidationError{Problemi: []string{"personale: " + err.Error()}, Dettagli: []string{err.Error()}}
	}
	return c.Store.RenumberPersonaleAnno(ctx, from, to)
}

func (c checkedStore) SaveBenchmark(ctx context.Context, b *Benchmark) error {
	if err := CheckBenchmark(*b); err != nil {
		return err
	}
	return c.Store.SaveBenchmark(ctx, b)
}

func (c checkedStore) SaveUnita(ctx context.Context, u *Unita) error {
	if err := CheckUnita(*u); err != nil {
		return err
	}
	return c.Store.SaveUnita(ctx, u)
}

func (c checkedStore) SaveServizio(ctx context.Context, s *ServizioAssociato) error {
	if err := CheckServizio(*s); err != nil {
		return err
	}
	return c.Store.SaveServizio(ctx, s)
}

func (c checkedStore) SaveObiettivo(ctx context.Context, o *Obiettivo) error {
	if err := CheckObiettivo(*o); err != nil {
		return err
	}
	return c.Store.SaveObiettivo(ctx, o)
}

func (c checkedStore) Adotta(ctx context.Context, atto Atto) (Versione, error) {
	if err := CheckAtto(atto, ""); err != nil {
		return Versione{}, err
	}
	return c.Store.Adotta(ctx, atto)
}

func (c checkedStore) RegistraVariazione(ctx context.Context, atto Atto, motivo string) (Versione, error) {
	if err := CheckAtto(atto, motivo); err != nil {
		return Versione{}, err
	}
	return c.Store.RegistraVariazione(ctx, atto, motivo)
}

func (c checkedStore) SaveScadenzario(ctx context.Context, s Scadenzario) error {
	if err := CheckScadenzario(s); err != nil {
		return err
	}
	return c.Store.SaveScadenzario(ctx, s)
}

func (c checkedStore) SaveConfermaQualita(ctx context.Context, cq ConfermaQualita) error {
	if err := CheckConfermaQualita(cq); err != nil {
		return err
	}
	return c.Store.SaveConfermaQualita(ctx, cq)
}

func (c checkedStore) SaveMonitoraggio(ctx context.Context, m *Monitoraggio) error {
	if err := CheckMonitoraggio(m); err != nil {
		return err
	}
	return c.Store.SaveMonitoraggio(ctx, m)
}

func (c checkedStore) SaveValidazione(ctx context.Context, obiettivoID int64, v *Validazione) error {
	if err := CheckValidazione(v); err != nil {
		return err
	}
	return c.Store.SaveValidazione(ctx, obiettivoID, v)
}

func (c checkedStore) SaveSMVP(ctx context.Context, s SMVP) error {
	if err := CheckSMVP(s); err != nil {
		return err
	}
	return c.Store.SaveSMVP(ctx, s)
}

func (c checkedStore) SaveRelazione(ctx context.Context, r Relazione) error {
	if err := CheckRelazione(r); err != nil {
		return err
	}
	return c.Store.SaveRelazione(ctx, r)
}

func (c checkedStore) SaveIndicatoreEnte(ctx context.Context, in *Indicatore) error {
	if err := CheckIndicatore(*in); err != nil {
		return err
	}
	return c.Store.SaveIndicatoreEnte(ctx, in)
}
