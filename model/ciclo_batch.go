package model

import (
	"cmp"
	"fmt"
	"slices"
)

// Monitoraggio is a batch of monitoring changes that the store saves in one
// transaction: a cell typed in the monitoring grid, a pasted block, the
// workbooks of the Area managers read back, or the undo of any of these.
// Readings and progress notes are identified by indicator (objective) and
// checkpoint, so a batch can be built without knowing their IDs.
type Monitoraggio struct {
	// Verifiche are checkpoints to insert (ID 0) or replace.
	Verifiche []Verifica
	// Risultati are readings to insert or replace, one per indicator and
	// checkpoint: a reading's ID is kept when it already has one.
	Risultati []RisultatoDi
	// RisultatiRimossi are readings to delete; a missing one is no error.
	RisultatiRimossi []ChiaveRisultato
	// Avanzamenti are progress notes to insert or replace.
	Avanzamenti []AvanzamentoDi
	// AvanzamentiRimossi are progress notes to delete.
	AvanzamentiRimossi []ChiaveAvanzamento
	// Fasi set whether phases are done, and when.
	Fasi []StatoFase
}

// RisultatoDi is a reading with the indicator it belongs to.
type RisultatoDi struct {
	IndicatoreID int64
	Risultato    Risultato
}

// ChiaveRisultato identifies a reading.
type ChiaveRisultato struct{ IndicatoreID, VerificaID int64 }

// AvanzamentoDi is a progress note with its objective.
type AvanzamentoDi struct {
	ObiettivoID int64
	Avanzamento Avanzamento
}

// ChiaveAvanzamento identifies a progress note.
type ChiaveAvanzamento struct{ ObiettivoID, VerificaID int64 }

// StatoFase is whether a phase is done, and the day it was.
type StatoFase struct {
	FaseID        int64
	Completata    bool
	Completamento *Date
}

// Vuoto reports whether the batch changes nothing.
func (m *Monitoraggio) Vuoto() bool {
	return len(m.Verifiche)+len(m.Risultati)+len(m.RisultatiRimossi)+len(m.Avanzamenti)+
		len(m.AvanzamentiRimossi)+len(m.Fasi) == 0
}

// ValidaMonitoraggio checks a batch against the plan before it is saved:
// that what it names exists, that values fit their indicators, that dates
// fall in the plan's years and that overrides carry a reason and stay
// within the SMVP's cap. Nothing is changed.
func (p *Plan) ValidaMonitoraggio(m *Monitoraggio) error {
	v := &validator{}
	w := p.anni()
	verifiche := map[int64]Verifica{}
	for _, vf := range p.Verifiche {
		verifiche[vf.ID] = vf
	}
	for _, vf := range m.Verifiche {
		where := "verifica " + vf.Etichetta()
		v.verifica(vf)
		if vf.Data.IsZero() {
			continue
		}
		v.addIf(where, w.verifica(vf.Data))
		if o := p.VerificaAl(vf.Data); o != nil && o.ID != vf.ID {
			v.add(where + ": c'è già una verifica in questa data")
		}
		if vf.ID != 0 {
			verifiche[vf.ID] = vf
		}
	}
	keys := map[ChiaveRisultato]bool{}
	for _, rd := range m.Risultati {
		ind, o := p.IndicatoreByID(rd.IndicatoreID)
		if ind == nil {
			v.add(fmt.Sprintf("l'indicatore %d non esiste più", rd.IndicatoreID))
			continue
		}
		where := dove(o, ind) + ", rilevazione " + etichettaVerifica(verifiche, rd.Risultato.VerificaID)
		if verifiche[rd.Risultato.VerificaID].ID == 0 {
			v.add(fmt.Sprintf("%s: la verifica %d non esiste", where, rd.Risultato.VerificaID))
		}
		k := ChiaveRisultato{rd.IndicatoreID, rd.Risultato.VerificaID}
		if keys[k] {
			v.add(where + ": la stessa rilevazione compare due volte")
		}
		keys[k] = true
		v.risultato(where, rd.Risultato)
		p.validateRisultato(v, where, ind.Tipo, rd.Risultato, w)
	}
	for _, ad := range m.Avanzamenti {
		o := p.ObiettivoByID(ad.ObiettivoID)
		if o == nil {
			v.add(fmt.Sprintf("l'obiettivo %d non esiste più", ad.ObiettivoID))
			continue
		}
		where := "obiettivo " + firstNonEmpty(o.Codice, o.Intestazione()) + ", avanzamento " + etichettaVerifica(verifiche, ad.Avanzamento.VerificaID)
		if verifiche[ad.Avanzamento.VerificaID].ID == 0 {
			v.add(fmt.Sprintf("%s: la verifica %d non esiste", where, ad.Avanzamento.VerificaID))
		}
		v.avanzamento(where, ad.Avanzamento)
		p.validateAvanzamento(v, where, ad.Avanzamento)
	}
	for _, sf := range m.Fasi {
		f, o := p.FaseByID(sf.FaseID)
		if f == nil {
			v.add(fmt.Sprintf("la fase %d non esiste più", sf.FaseID))
			continue
		}
		where := fmt.Sprintf("%s, fase «%s»", obiettivoWhere(0, *o), clip(f.Titolo))
		v.completamento(where, sf.Completata, sf.Completamento)
		p.validateFase(v, where, sf.Completamento, w)
	}
	return v.err()
}

// ControllaMonitoraggio checks what a batch must satisfy whatever the plan
// says: each record on its own (CheckMonitoraggio: known states, overrides
// with reason, author and time, bounded figures and texts, a completion
// date only on a phase marked done) and overrides within the SMVP's cap.
// The store runs it before saving; ValidaMonitoraggio does all of it and
// more.
func ControllaMonitoraggio(m *Monitoraggio, s SMVP) error {
	p := &Plan{SMVP: s}
	v := &validator{}
	v.monitoraggio(m)
	for _, rd := range m.Risultati {
		p.capForzatura(v, fmt.Sprintf("indicatore %d, rilevazione", rd.IndicatoreID), rd.Risultato.Forzatura)
	}
	for _, ad := range m.Avanzamenti {
		p.capForzatura(v, fmt.Sprintf("obiettivo %d, avanzamento", ad.ObiettivoID), ad.Avanzamento.Forzatura)
	}
	return v.err()
}

// dove names an indicator for messages: "obiettivo EF.1, indicatore
// «Tempistica»" or "indicatore dell'ente «…»".
func dove(o *Obiettivo, ind *Indicatore) string {
	if o == nil {
		return "indicatore dell'ente «" + ind.Nome + "»"
	}
	return "obiettivo " + firstNonEmpty(o.Codice, o.Intestazione()) + ", indicatore «" + ind.Nome + "»"
}

// InversoMonitoraggio is the batch that undoes m on the plan as it is now:
// it must be computed before m is applied.
func (p *Plan) InversoMonitoraggio(m *Monitoraggio) *Monitoraggio {
	inv := &Monitoraggio{}
	for _, vf := range m.Verifiche {
		if old := p.VerificaByID(vf.ID); old != nil && vf.ID != 0 {
			inv.Verifiche = append(inv.Verifiche, *old)
		}
	}
	undoRis := func(k ChiaveRisultato) {
		ind, _ := p.IndicatoreByID(k.IndicatoreID)
		if ind == nil {
			return
		}
		if old := ind.RisultatoAl(k.VerificaID); old != nil {
			inv.Risultati = append(inv.Risultati, RisultatoDi{k.IndicatoreID, *old})
		} else {
			inv.RisultatiRimossi = append(inv.RisultatiRimossi, k)
		}
	}
	for _, rd := range m.Risultati {
		undoRis(ChiaveRisultato{rd.IndicatoreID, rd.Risultato.VerificaID})
	}
	for _, k := range m.RisultatiRimossi {
		if ind, _ := p.IndicatoreByID(k.IndicatoreID); ind != nil && ind.RisultatoAl(k.VerificaID) != nil {
			undoRis(k)
		}
	}
	undoAv := func(k ChiaveAvanzamento) {
		o := p.ObiettivoByID(k.ObiettivoID)
		if o == nil {
			return
		}
		if old := o.AvanzamentoAl(k.VerificaID); old != nil {
			inv.Avanzamenti = append(inv.Avanzamenti, AvanzamentoDi{k.ObiettivoID, *old})
		} else {
			inv.AvanzamentiRimossi = append(inv.AvanzamentiRimossi, k)
		}
	}
	for _, ad := range m.Avanzamenti {
		undoAv(ChiaveAvanzamento{ad.ObiettivoID, ad.Avanzamento.VerificaID})
	}
	for _, k := range m.AvanzamentiRimossi {
		if o := p.ObiettivoByID(k.ObiettivoID); o != nil && o.AvanzamentoAl(k.VerificaID) != nil {
			undoAv(k)
		}
	}
	for _, sf := range m.Fasi {
		if f, _ := p.FaseByID(sf.FaseID); f != nil {
			inv.Fasi = append(inv.Fasi, StatoFase{f.ID, f.Completata, f.Completamento})
		}
	}
	return inv
}

// ApplicaMonitoraggio makes in memory the change the store has saved (with
// the IDs it assigned). Every list it touches is a new slice, so a copy of
// the plan taken for undo is never written through.
func (p *Plan) ApplicaMonitoraggio(m *Monitoraggio) {
	if len(m.Verifiche) > 0 {
		vv := slices.Clone(p.Verifiche)
		for _, vf := range m.Verifiche {
			if i := slices.IndexFunc(vv, func(x Verifica) bool { return x.ID == vf.ID }); i >= 0 {
				vv[i] = vf
			} else {
				vv = append(vv, vf)
			}
		}
		sortVerifiche(vv)
		p.Verifiche = vv
	}
	// What the batch removes and puts, per indicator and per objective.
	risTolti, risMessi := map[int64][]int64{}, map[int64][]Risultato{}
	for _, k := range m.RisultatiRimossi {
		risTolti[k.IndicatoreID] = append(risTolti[k.IndicatoreID], k.VerificaID)
	}
	for _, rd := range m.Risultati {
		risMessi[rd.IndicatoreID] = append(risMessi[rd.IndicatoreID], rd.Risultato)
	}
	avTolti, avMessi := map[int64][]int64{}, map[int64][]Avanzamento{}
	for _, k := range m.AvanzamentiRimossi {
		avTolti[k.ObiettivoID] = append(avTolti[k.ObiettivoID], k.VerificaID)
	}
	for _, ad := range m.Avanzamenti {
		avMessi[ad.ObiettivoID] = append(avMessi[ad.ObiettivoID], ad.Avanzamento)
	}
	touched := func(indID int64) bool { return risTolti[indID] != nil || risMessi[indID] != nil }
	applyInd := func(ind *Indicatore) {
		if touched(ind.ID) {
			rr := perVerifica(ind.Risultati, func(r Risultato) int64 { return r.VerificaID }, risTolti[ind.ID], risMessi[ind.ID])
			sortRisultati(rr, p.Verifiche)
			ind.Risultati = rr
		}
	}
	faseTouched := map[int64]StatoFase{}
	for _, sf := range m.Fasi {
		faseTouched[sf.FaseID] = sf
	}
	needObs := len(risTolti)+len(risMessi) > 0 || len(avTolti)+len(avMessi) > 0 || len(faseTouched) > 0
	if needObs {
		p.Obiettivi = slices.Clone(p.Obiettivi)
	}
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		if avTolti[o.ID] != nil || avMessi[o.ID] != nil {
			aa := perVerifica(o.Avanzamenti, func(a Avanzamento) int64 { return a.VerificaID }, avTolti[o.ID], avMessi[o.ID])
			sortAvanzamenti(aa, p.Verifiche)
			o.Avanzamenti = aa
		}
		if slices.ContainsFunc(o.Indicatori, func(ind Indicatore) bool { return touched(ind.ID) }) {
			o.Indicatori = slices.Clone(o.Indicatori)
			for j := range o.Indicatori {
				applyInd(&o.Indicatori[j])
			}
		}
		faseChanged := false
		for _, f := range o.Fasi {
			_, ok := faseTouched[f.ID]
			faseChanged = faseChanged || ok
		}
		if faseChanged {
			o.Fasi = slices.Clone(o.Fasi)
			for j := range o.Fasi {
				if sf, ok := faseTouched[o.Fasi[j].ID]; ok {
					o.Fasi[j].Completata, o.Fasi[j].Completamento = sf.Completata, sf.Completamento
				}
			}
		}
	}
	if len(risTolti)+len(risMessi) > 0 {
		p.IndicatoriEnte = slices.Clone(p.IndicatoriEnte)
		for i := range p.IndicatoriEnte {
			applyInd(&p.IndicatoriEnte[i])
		}
	}
}

// DatiVerifica is the batch that re-creates a checkpoint with everything
// recorded at it: the undo of deleting it.
func (p *Plan) DatiVerifica(id int64) *Monitoraggio {
	m := &Monitoraggio{}
	v := p.VerificaByID(id)
	if v == nil {
		return m
	}
	m.Verifiche = []Verifica{*v}
	addInd := func(ind Indicatore) {
		if r := ind.RisultatoAl(id); r != nil {
			m.Risultati = append(m.Risultati, RisultatoDi{ind.ID, *r})
		}
	}
	for _, o := range p.Obiettivi {
		for _, ind := range o.Indicatori {
			addInd(ind)
		}
		if a := o.AvanzamentoAl(id); a != nil {
			m.Avanzamenti = append(m.Avanzamenti, AvanzamentoDi{o.ID, *a})
		}
	}
	for _, ind := range p.IndicatoriEnte {
		addInd(ind)
	}
	return m
}

// RimuoviVerifica drops a checkpoint and what was recorded at it, in
// memory, as the store's DeleteVerifica does on disk.
func (p *Plan) RimuoviVerifica(id int64) {
	d := p.DatiVerifica(id)
	rm := &Monitoraggio{}
	for _, rd := range d.Risultati {
		rm.RisultatiRimossi = append(rm.RisultatiRimossi, ChiaveRisultato{rd.IndicatoreID, id})
	}
	for _, ad := range d.Avanzamenti {
		rm.AvanzamentiRimossi = append(rm.AvanzamentiRimossi, ChiaveAvanzamento{ad.ObiettivoID, id})
	}
	p.ApplicaMonitoraggio(rm)
	p.Verifiche = slices.DeleteFunc(slices.Clone(p.Verifiche), func(v Verifica) bool { return v.ID == id })
}

func sortVerifiche(vv []Verifica) {
	slices.SortStableFunc(vv, func(a, b Verifica) int {
		return cmp.Or(cmp.Compare(a.Data.ISO(), b.Data.ISO()), cmp.Compare(a.ID, b.ID))
	})
}

// sortRisultati orders readings by their checkpoint's date.
func sortRisultati(rr []Risultato, vv []Verifica) {
	sortPerVerifica(rr, vv, func(r Risultato) int64 { return r.VerificaID })
}

func sortAvanzamenti(aa []Avanzamento, vv []Verifica) {
	sortPerVerifica(aa, vv, func(a Avanzamento) int64 { return a.VerificaID })
}

func sortPerVerifica[T any](list []T, vv []Verifica, id func(T) int64) {
	pos := dateVerifiche(vv)
	slices.SortStableFunc(list, func(a, b T) int {
		return cmp.Or(cmp.Compare(pos[id(a)], pos[id(b)]), cmp.Compare(id(a), id(b)))
	})
}

func dateVerifiche(vv []Verifica) map[int64]string {
	pos := make(map[int64]string, len(vv))
	for _, v := range vv {
		pos[v.ID] = v.Data.ISO()
	}
	return pos
}

// perVerifica applies to records kept one per checkpoint (the readings of
// an indicator, the progress notes of an objective) the checkpoints a
// batch removes, then the records it puts, each replacing the one of its
// checkpoint; the records given are not changed.
func perVerifica[T any](xs []T, verifica func(T) int64, tolte []int64, messi []T) []T {
	out := slices.Clone(xs)
	for _, v := range tolte {
		out = slices.DeleteFunc(out, func(x T) bool { return verifica(x) == v })
	}
	for _, n := range messi {
		if i := slices.IndexFunc(out, func(x T) bool { return verifica(x) == verifica(n) }); i >= 0 {
			out[i] = n
		} else {
			out = append(out, n)
		}
	}
	return out
}
