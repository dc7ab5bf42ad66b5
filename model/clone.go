package model

import "slices"

// Clone is a deep copy of the plan: nothing of it shares memory with p, so
// a copy handed to a goroutine (printing, exporting) or kept for later
// never sees a change made to p, and the other way round.
func (p *Plan) Clone() *Plan {
	if p == nil {
		return nil
	}
	c := *p
	c.Ente.Stemma = slices.Clone(p.Ente.Stemma)
	c.Piano.Approvazione.Data = clonePtr(p.Piano.Approvazione.Data)
	c.Capitoli = slices.Clone(p.Capitoli)
	c.Territorio = p.Territorio.Clone()
	c.Popolazione = slices.Clone(p.Popolazione)
	for i := range c.Popolazione {
		c.Popolazione[i].VariazioneStampata = clonePtr(c.Popolazione[i].VariazioneStampata)
	}
	c.Fasce = slices.Clone(p.Fasce)
	for i := range c.Fasce {
		f := &c.Fasce[i]
		f.EtaMin, f.EtaMax = clonePtr(f.EtaMin), clonePtr(f.EtaMax)
	}
	c.PopolazioneFasce = slices.Clone(p.PopolazioneFasce)
	c.Unita = slices.Clone(p.Unita)
	for i := range c.Unita {
		u := &c.Unita[i]
		u.Dipendenti, u.PartTime = clonePtr(u.Dipendenti), clonePtr(u.PartTime)
	}
	c.Personale = slices.Clone(p.Personale)
	for i := range c.Personale {
		r := &c.Personale[i]
		r.PartTime, r.AbitantiStampati = clonePtr(r.PartTime), clonePtr(r.AbitantiStampati)
		r.PerMilleStampato, r.PercUominiStampata, r.PercDonneStampata =
			clonePtr(r.PerMilleStampato), clonePtr(r.PercUominiStampata), clonePtr(r.PercDonneStampata)
	}
	c.Benchmark = slices.Clone(p.Benchmark)
	c.Servizi = slices.Clone(p.Servizi)
	for i := range c.Servizi {
		c.Servizi[i] = c.Servizi[i].Clone()
	}
	c.Obiettivi = slices.Clone(p.Obiettivi)
	for i := range c.Obiettivi {
		c.Obiettivi[i] = c.Obiettivi[i].Clone()
	}
	c.Scadenzario = p.Scadenzario.Clone()
	c.ConfermeQualita = slices.Clone(p.ConfermeQualita)
	c.IndicatoriEnte = slices.Clone(p.IndicatoriEnte)
	for i := range c.IndicatoriEnte {
		c.IndicatoriEnte[i] = c.IndicatoriEnte[i].Clone()
	}
	c.Verifiche = slices.Clone(p.Verifiche)
	c.SMVP.Fasce = slices.Clone(p.SMVP.Fasce)
	c.Relazione.Approvazione.Data = clonePtr(p.Relazione.Approvazione.Data)
	c.Relazione.Validazione.Data = clonePtr(p.Relazione.Validazione.Data)
	return &c
}

// Clone is a deep copy of the deadline settings and records.
func (s Scadenzario) Clone() Scadenzario {
	s.ApprovazioneBilancio, s.TermineBilancio = clonePtr(s.ApprovazioneBilancio), clonePtr(s.TermineBilancio)
	s.Adempimenti = slices.Clone(s.Adempimenti)
	return s
}

// Clone is a deep copy of the territory and its lists.
func (t Territorio) Clone() Territorio {
	t.Frazioni = slices.Clone(t.Frazioni)
	t.Strade = slices.Clone(t.Strade)
	t.RisorseIdriche = slices.Clone(t.RisorseIdriche)
	t.DensitaStampata = clonePtr(t.DensitaStampata)
	return t
}

// Clone is a deep copy of the service.
func (s ServizioAssociato) Clone() ServizioAssociato {
	s.Partner = slices.Clone(s.Partner)
	s.DataSottoscrizione, s.Scadenza = clonePtr(s.DataSottoscrizione), clonePtr(s.Scadenza)
	return s
}

// Clone is a deep copy of the objective with everything it holds.
func (o Obiettivo) Clone() Obiettivo {
	o.UnitaIDs = slices.Clone(o.UnitaIDs)
	o.Anni = slices.Clone(o.Anni)
	o.Indicatori = slices.Clone(o.Indicatori)
	for i := range o.Indicatori {
		o.Indicatori[i] = o.Indicatori[i].Clone()
	}
	o.Fasi = slices.Clone(o.Fasi)
	for i := range o.Fasi {
		f := &o.Fasi[i]
		f.Inizio, f.Fine, f.Completamento = clonePtr(f.Inizio), clonePtr(f.Fine), clonePtr(f.Completamento)
		f.Mesi = slices.Clone(f.Mesi)
	}
	o.Avanzamenti = slices.Clone(o.Avanzamenti)
	for i := range o.Avanzamenti {
		a := &o.Avanzamenti[i]
		a.Punteggio, a.Forzatura = clonePtr(a.Punteggio), a.Forzatura.clone()
	}
	if v := o.Validazione; v != nil {
		c := *v
		c.Percentuale, c.Data = clonePtr(v.Percentuale), clonePtr(v.Data)
		o.Validazione = &c
	}
	return o
}

// Clone is a deep copy of the indicator with its targets and readings.
func (in Indicatore) Clone() Indicatore {
	in.Target = slices.Clone(in.Target)
	in.Risultati = slices.Clone(in.Risultati)
	for j := range in.Risultati {
		r := &in.Risultati[j]
		r.Punteggio, r.Forzatura = clonePtr(r.Punteggio), r.Forzatura.clone()
	}
	return in
}

func (f *Forzatura) clone() *Forzatura {
	if f == nil {
		return nil
	}
	c := *f
	c.Calcolata = clonePtr(f.Calcolata)
	return &c
}

// WithoutIDs is a copy to be saved as a new record (Duplica): the store
// gives new IDs to the objective, its indicators, results and phases.
func (o Obiettivo) WithoutIDs() Obiettivo {
	c := o.Clone()
	c.ID = 0
	for i := range c.Indicatori {
		c.Indicatori[i].ID = 0
		for j := range c.Indicatori[i].Risultati {
			c.Indicatori[i].Risultati[j].ID = 0
		}
	}
	for i := range c.Fasi {
		c.Fasi[i].ID = 0
	}
	return c
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
