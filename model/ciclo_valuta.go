package model

import (
	"cmp"
	"fmt"
)

// EsitoObiettivo is an objective's degree of achievement at a checkpoint.
type EsitoObiettivo struct {
	Obiettivo  *Obiettivo
	Indicatori []EsitoIndicatore
	// Percentuale is the degree that counts: the objective's override if
	// any, else the weighted mean of its indicators. nil: none yet.
	Percentuale *float64
	Calcolata   *float64 // the weighted mean of the indicators' degrees
	Fonte       FonteEsito
	Mancanti    int // indicators without a degree
	Avanzamento *Avanzamento
	// Validata is the Nucleo's validated degree (year-end checkpoint only).
	Validata *float64
	// Quota is the share of incentive by the SMVP's bands, from Validata
	// when given, else Percentuale; nil without bands or degree.
	Quota        *float64
	Peso         float64 // weight in the Area's mean; 0 for prerequisites
	Prerequisito bool
	Mancato      bool // a prerequisite below the SMVP's threshold
}

// Conta reports the figure that counts: the validated one, else the
// computed (or overridden) one.
func (e *EsitoObiettivo) Conta() *float64 {
	if e.Validata != nil {
		return e.Validata
	}
	return e.Percentuale
}

// Aggregato is the weighted result of a group of objectives: an Area, or
// the whole ente.
type Aggregato struct {
	Percentuale *float64 // weighted mean, 0 when a missed prerequisite zeroes it
	Media       *float64 // the weighted mean before the prerequisite rule
	Validata    *float64 // the same with the Nucleo's figures where given
	Validati    int      // objectives with the Nucleo's figure
	Quota       *float64 // share of incentive by the bands
	Azzerata    bool     // a missed prerequisite set the result to 0
	Peso        float64  // sum of the weights counted
	Contati     int      // objectives in the mean
	Mancanti    int      // objectives of the group without a degree
}

// Conta is the figure that counts: validated where there is one.
func (a Aggregato) Conta() *float64 {
	if a.Validata != nil {
		return a.Validata
	}
	return a.Percentuale
}

// EsitoArea is the result of an Area; Area is nil for the objectives that
// belong to no Area.
type EsitoArea struct {
	Aggregato
	Area      *Unita
	Obiettivi []*EsitoObiettivo
	senzaArea string // the plan's name for the objectives of no Area
}

// Nome is the Area's name for people; for the objectives of no Area, the
// plan's name for them (Plan.NomeSenzaArea).
func (a EsitoArea) Nome() string {
	if a.Area == nil {
		return cmp.Or(a.senzaArea, nomeTrasversali)
	}
	return a.Area.Nome
}

// Valutazione is the measurement of the whole plan at a checkpoint: every
// objective of the checkpoint's year, every Area, the ente, and the
// indicators of the whole ente. It is computed, never stored.
type Valutazione struct {
	Verifica       Verifica
	Finale         bool // the year-end checkpoint, whose results the Nucleo validates
	SMVP           SMVP
	Obiettivi      []EsitoObiettivo // in the plan's order
	Aree           []EsitoArea      // in the organisation's order; objectives of no Area last
	Ente           Aggregato
	IndicatoriEnte []EsitoIndicatore
	pos            map[int64]int
}

// Obiettivo is the result of an objective; nil when it is not measured at
// this checkpoint.
func (v *Valutazione) Obiettivo(id int64) *EsitoObiettivo {
	if i, ok := v.pos[id]; ok {
		return &v.Obiettivi[i]
	}
	return nil
}

// Area is the result of an Area (0: the objectives of no Area); nil if the
// Area has no objective measured.
func (v *Valutazione) Area(id int64) *EsitoArea {
	for i := range v.Aree {
		a := &v.Aree[i]
		if (a.Area == nil && id == 0) || (a.Area != nil && a.Area.ID == id) {
			return a
		}
	}
	return nil
}

// InMisura reports whether an objective is measured in a year: it names
// that year, or no year at all.
func (o Obiettivo) InMisura(anno int) bool {
	if len(o.Anni) == 0 {
		return true
	}
	for _, a := range o.Anni {
		if a == anno {
			return true
		}
	}
	return false
}

// Valuta measures the plan at a checkpoint.
func Valuta(p *Plan, verificaID int64) (*Valutazione, error) {
	v := p.VerificaByID(verificaID)
	if v == nil {
		return nil, fmt.Errorf("la verifica %d non esiste nel piano", verificaID)
	}
	fin := p.VerificaFinale()
	out := &Valutazione{Verifica: *v, Finale: fin != nil && fin.ID == v.ID, SMVP: p.SMVP, pos: make(map[int64]int, len(p.Obiettivi))}
	anno := v.Data.Year
	// One allocation for every indicator's result: a large plan is
	// recomputed after every typed reading.
	n, k := 0, 0
	for i := range p.Obiettivi {
		if p.Obiettivi[i].InMisura(anno) {
			n += len(p.Obiettivi[i].Indicatori)
			k++
		}
	}
	all := make([]EsitoIndicatore, n)
	out.Obiettivi = make([]EsitoObiettivo, 0, k)
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		if !o.InMisura(anno) {
			continue
		}
		out.pos[o.ID] = len(out.Obiettivi)
		ii := all[:len(o.Indicatori):len(o.Indicatori)]
		all = all[len(o.Indicatori):]
		out.Obiettivi = append(out.Obiettivi, out.esitoObiettivo(o, ii))
	}
	for i := range p.IndicatoriEnte {
		out.IndicatoriEnte = append(out.IndicatoriEnte, esitoIndicatore(&p.IndicatoriEnte[i], *v, p.SMVP))
	}
	out.aggrega(p)
	return out, nil
}

// ValutaFinale measures the plan at its year-end checkpoint.
func ValutaFinale(p *Plan) (*Valutazione, error) {
	fin := p.VerificaFinale()
	if fin == nil {
		return nil, fmt.Errorf("il piano non ha verifiche: aggiungere almeno quella del 31/12")
	}
	return Valuta(p, fin.ID)
}

// esitoObiettivo measures an objective, writing its indicators' results
// into ii (one per indicator).
func (v *Valutazione) esitoObiettivo(o *Obiettivo, ii []EsitoIndicatore) EsitoObiettivo {
	e := EsitoObiettivo{Obiettivo: o, Prerequisito: o.Peso.Tipo == PesoPrerequisito, Avanzamento: o.AvanzamentoAl(v.Verifica.ID)}
	e.Indicatori = ii
	equal := true
	for i := range o.Indicatori {
		if o.Indicatori[i].Peso != 0 {
			equal = false
		}
	}
	var sum, wsum float64
	for i := range o.Indicatori {
		ei := esitoIndicatore(&o.Indicatori[i], v.Verifica, v.SMVP)
		e.Indicatori[i] = ei
		if ei.Percentuale == nil {
			e.Mancanti++
			continue
		}
		w := o.Indicatori[i].Peso
		if equal {
			w = 1
		}
		sum += w * *ei.Percentuale
		wsum += w
	}
	if wsum > 0 {
		m := sum / wsum
		e.Calcolata, e.Fonte = &m, FonteCalcolo
	}
	e.Percentuale = e.Calcolata
	if a := e.Avanzamento; a != nil && a.Forzatura != nil {
		e.Percentuale, e.Fonte = &a.Forzatura.Percentuale, FonteForzatura
	}
	if v.Finale && o.Validazione != nil && o.Validazione.Percentuale != nil {
		e.Validata = o.Validazione.Percentuale
	}
	if c := e.Conta(); c != nil {
		if q, ok := v.SMVP.Quota(*c); ok {
			e.Quota = &q
		}
		e.Mancato = e.Prerequisito && *c < v.SMVP.SogliaPrerequisito()-1e-9
	}
	return e
}

// aggrega groups the objectives by Area and computes the Areas and the
// ente with the plan's weights.
func (v *Valutazione) aggrega(p *Plan) {
	idx := map[int64]int{}
	for _, a := range p.Aree() {
		idx[a.ID] = len(v.Aree)
		v.Aree = append(v.Aree, EsitoArea{Area: p.UnitaByID(a.ID)})
	}
	orphan := EsitoArea{senzaArea: p.NomeSenzaArea()}
	for i := range v.Obiettivi {
		e := &v.Obiettivi[i]
		a := areaObiettivo(p, *e.Obiettivo)
		if j, ok := idx[a]; ok && a != 0 {
			v.Aree[j].Obiettivi = append(v.Aree[j].Obiettivi, e)
		} else {
			orphan.Obiettivi = append(orphan.Obiettivi, e)
		}
	}
	kept := v.Aree[:0]
	for _, a := range v.Aree {
		if len(a.Obiettivi) > 0 {
			kept = append(kept, a)
		}
	}
	v.Aree = kept
	if len(orphan.Obiettivi) > 0 {
		v.Aree = append(v.Aree, orphan)
	}
	zeroEnte := false
	var sum, vsum, wsum float64
	validati := 0
	for i := range v.Aree {
		a := &v.Aree[i]
		a.Aggregato = v.media(a.Obiettivi)
		if a.Azzerata && v.SMVP.Prerequisito.Effetto == PrerequisitoEnte {
			zeroEnte = true
		}
		v.Ente.Mancanti += a.Mancanti
		v.Ente.Contati += a.Contati
		if a.Percentuale == nil || a.Peso == 0 {
			continue
		}
		sum += a.Peso * *a.Percentuale
		vsum += a.Peso * *a.Conta()
		wsum += a.Peso
		validati += a.Validati
	}
	if wsum > 0 {
		m, vm := sum/wsum, vsum/wsum
		v.Ente.Media, v.Ente.Percentuale, v.Ente.Peso = &m, &m, wsum
		if validati > 0 {
			v.Ente.Validata, v.Ente.Validati = &vm, validati
		}
	}
	if zeroEnte && v.Ente.Percentuale != nil {
		v.Ente.Azzerata = true
		v.Ente.Percentuale = pctPtr(0)
		if v.Ente.Validata != nil {
			v.Ente.Validata = pctPtr(0)
		}
	}
	v.quota(&v.Ente)
}

// media is the weighted mean of a group. Objectives weigh their percent,
// points or multiplier; when no objective of the group has a weight they
// weigh the same; prerequisites weigh nothing but, when missed, zero the
// result as the SMVP says.
func (v *Valutazione) media(obs []*EsitoObiettivo) Aggregato {
	pesati := false
	for _, e := range obs {
		switch e.Obiettivo.Peso.Tipo {
		case PesoPercentuale, PesoPunti, PesoMoltiplicatore:
			pesati = true
		}
	}
	var g Aggregato
	var sum, vsum, wsum float64
	mancato := false
	for _, e := range obs {
		switch e.Obiettivo.Peso.Tipo {
		case PesoPrerequisito:
			e.Peso = 0
		case PesoPercentuale, PesoPunti, PesoMoltiplicatore:
			e.Peso = e.Obiettivo.Peso.Valore
		default:
			if !pesati {
				e.Peso = 1
			}
		}
		mancato = mancato || e.Mancato
		if e.Percentuale == nil {
			if !e.Prerequisito {
				g.Mancanti++
			}
			continue
		}
		if e.Peso <= 0 {
			continue
		}
		g.Contati++
		sum += e.Peso * *e.Percentuale
		vsum += e.Peso * *e.Conta()
		wsum += e.Peso
		if e.Validata != nil {
			g.Validati++
		}
	}
	if wsum > 0 {
		m, vm := sum/wsum, vsum/wsum
		g.Media, g.Percentuale, g.Peso = &m, &m, wsum
		if g.Validati > 0 {
			g.Validata = &vm
		}
	}
	if mancato && v.SMVP.Prerequisito.Effetto != PrerequisitoNessuno && g.Percentuale != nil {
		g.Azzerata = true
		g.Percentuale = pctPtr(0)
		if g.Validata != nil {
			g.Validata = pctPtr(0)
		}
	}
	v.quota(&g)
	return g
}

func (v *Valutazione) quota(g *Aggregato) {
	if c := g.Conta(); c != nil {
		if q, ok := v.SMVP.Quota(*c); ok {
			g.Quota = &q
		}
	}
}

// areaObiettivo is the ID of the objective's Area: its own, or that of its
// first unit; 0 for none.
func areaObiettivo(p *Plan, o Obiettivo) int64 {
	if o.AreaID != 0 {
		if a := p.AreaDi(o.AreaID); a != nil {
			return a.ID
		}
	}
	for _, id := range o.UnitaIDs {
		if a := p.AreaDi(id); a != nil {
			return a.ID
		}
	}
	return 0
}
