package model

import "context"

// Checked wraps a store so that every record is checked (CheckEnte,
// CheckObiettivo… and the whole plan's Validate) before it is written:
// whatever the caller, a screen, an import or a bug, nothing out of bounds
// reaches the file, and the refusal is a ValidationError in Italian with
// the transaction, and so the file, unchanged.
func Checked(st Store) Store {
	if c, ok := st.(checkedStore); ok {
		return c
	}
	return checkedStore{st}
}

type checkedStore struct{ Store }

// Unchecked is the store a Checked store wraps (st itself otherwise), for
// code that needs the concrete store or what else it can do (Restorer,
// Noticer).
func Unchecked(st Store) Store {
	if c, ok := st.(checkedStore); ok {
		return c.Store
	}
	return st
}

// Write hands fn a Writer that checks every record before writing it.
func (c checkedStore) Write(ctx context.Context, fn func(w Writer) error) error {
	return c.Store.Write(ctx, func(w Writer) error { return fn(checkedWriter{w}) })
}

type checkedWriter struct{ Writer }

// yearError is the refusal of a year out of bounds in a table.
func yearError(table string, err error) error {
	return &ValidationError{Problemi: []string{table + ": " + err.Error()}, Dettagli: []string{err.Error()}}
}

func (c checkedWriter) ReplacePlan(p *Plan) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return c.Writer.ReplacePlan(p)
}

func (c checkedWriter) SaveEnte(e Ente) error {
	if err := CheckEnte(e); err != nil {
		return err
	}
	return c.Writer.SaveEnte(e)
}

func (c checkedWriter) SavePiano(p Piano) error {
	if err := CheckPiano(p); err != nil {
		return err
	}
	return c.Writer.SavePiano(p)
}

func (c checkedWriter) SaveCapitolo(cp *Capitolo) error {
	if err := CheckCapitolo(*cp); err != nil {
		return err
	}
	return c.Writer.SaveCapitolo(cp)
}

func (c checkedWriter) SaveTerritorio(t Territorio) error {
	if err := CheckTerritorio(t); err != nil {
		return err
	}
	return c.Writer.SaveTerritorio(t)
}

func (c checkedWriter) SavePopolazioneAnno(p PopolazioneAnno) error {
	if err := CheckPopolazioneAnno(p); err != nil {
		return err
	}
	return c.Writer.SavePopolazioneAnno(p)
}

func (c checkedWriter) RenumberPopolazioneAnno(from, to int) error {
	if err := CheckYear(to); err != nil {
		return yearError("popolazione", err)
	}
	return c.Writer.RenumberPopolazioneAnno(from, to)
}

func (c checkedWriter) SaveFascia(f *FasciaEta) error {
	if err := CheckFascia(*f); err != nil {
		return err
	}
	return c.Writer.SaveFascia(f)
}

func (c checkedWriter) SavePopolazioneFascia(pf PopolazioneFascia) error {
	if err := CheckPopolazioneFascia(pf); err != nil {
		return err
	}
	return c.Writer.SavePopolazioneFascia(pf)
}

func (c checkedWriter) SavePersonaleAnno(p PersonaleAnno) error {
	if err := CheckPersonaleAnno(p); err != nil {
		return err
	}
	return c.Writer.SavePersonaleAnno(p)
}

func (c checkedWriter) RenumberPersonaleAnno(from, to int) error {
	if err := CheckYear(to); err != nil {
		return yearError("personale", err)
	}
	return c.Writer.RenumberPersonaleAnno(from, to)
}

func (c checkedWriter) SaveBenchmark(b *Benchmark) error {
	if err := CheckBenchmark(*b); err != nil {
		return err
	}
	return c.Writer.SaveBenchmark(b)
}

func (c checkedWriter) SaveUnita(u *Unita) error {
	if err := CheckUnita(*u); err != nil {
		return err
	}
	return c.Writer.SaveUnita(u)
}

func (c checkedWriter) SaveServizio(s *ServizioAssociato) error {
	if err := CheckServizio(*s); err != nil {
		return err
	}
	return c.Writer.SaveServizio(s)
}

func (c checkedWriter) SaveObiettivo(o *Obiettivo) error {
	if err := CheckObiettivo(*o); err != nil {
		return err
	}
	return c.Writer.SaveObiettivo(o)
}

func (c checkedWriter) Adotta(atto Atto) (Versione, error) {
	if err := CheckAtto(atto, ""); err != nil {
		return Versione{}, err
	}
	return c.Writer.Adotta(atto)
}

func (c checkedWriter) RegistraVariazione(atto Atto, motivo string) (Versione, error) {
	if err := CheckAtto(atto, motivo); err != nil {
		return Versione{}, err
	}
	return c.Writer.RegistraVariazione(atto, motivo)
}

func (c checkedWriter) SaveScadenzario(s Scadenzario) error {
	if err := CheckScadenzario(s); err != nil {
		return err
	}
	return c.Writer.SaveScadenzario(s)
}

func (c checkedWriter) SaveConfermaQualita(cq ConfermaQualita) error {
	if err := CheckConfermaQualita(cq); err != nil {
		return err
	}
	return c.Writer.SaveConfermaQualita(cq)
}

func (c checkedWriter) SaveMonitoraggio(m *Monitoraggio) error {
	if err := CheckMonitoraggio(m); err != nil {
		return err
	}
	return c.Writer.SaveMonitoraggio(m)
}

func (c checkedWriter) SaveValidazione(obiettivoID int64, v *Validazione) error {
	if err := CheckValidazione(v); err != nil {
		return err
	}
	return c.Writer.SaveValidazione(obiettivoID, v)
}

func (c checkedWriter) SaveSMVP(s SMVP) error {
	if err := CheckSMVP(s); err != nil {
		return err
	}
	return c.Writer.SaveSMVP(s)
}

func (c checkedWriter) SaveRelazione(r Relazione) error {
	if err := CheckRelazione(r); err != nil {
		return err
	}
	return c.Writer.SaveRelazione(r)
}

func (c checkedWriter) SaveIndicatoreEnte(in *Indicatore) error {
	if err := CheckIndicatore(*in); err != nil {
		return err
	}
	return c.Writer.SaveIndicatoreEnte(in)
}
