package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The comparison of the objectives: added, removed, moved (another Area,
// another objective above it, another place among its siblings) and
// changed field by field, with their indicators, targets and phases.

func (c *confronto) obiettivi() {
	a, b := c.a.Obiettivi, c.b.Obiettivi
	ab, ba := abbina(len(a), len(b),
		func(i int) int64 { return a[i].ID }, func(j int) int64 { return b[j].ID },
		func(i int) string { return a[i].Codice }, func(j int) string { return b[j].Codice })
	obAB := map[int64]int64{}
	for i, j := range ab {
		if j >= 0 {
			obAB[a[i].ID] = b[j].ID
		}
	}
	moved := c.fuoriPosto(ab, ba, obAB)
	for _, st := range ordine(ab, ba) {
		i, j := st[0], st[1]
		switch {
		case j < 0:
			c.add(Modifica{Tipo: ModificaRimosso, Sezione: SezioneObiettivi, ID: a[i].ID, Oggetto: EtichettaObiettivo(a[i]), Prima: riassuntoObiettivo(c.a, a[i])})
		case i < 0:
			c.add(Modifica{Tipo: ModificaAggiunto, Sezione: SezioneObiettivi, ID: b[j].ID, Oggetto: EtichettaObiettivo(b[j]), Dopo: riassuntoObiettivo(c.b, b[j])})
		default:
			c.obiettivo(a[i], b[j], obAB, moved[j])
		}
	}
}

// EtichettaObiettivo names an objective: "TE.3 – Manutenzione strade".
func EtichettaObiettivo(o Obiettivo) string {
	t := TitoloObiettivo(o)
	if c := strings.TrimSpace(o.Codice); c != "" {
		if t == "" {
			return c
		}
		return c + " – " + t
	}
	return t
}

// TitoloObiettivo is the objective's title or, for plans that give none,
// the start of its description (Intestazione without the code).
func TitoloObiettivo(o Obiettivo) string {
	if t := strings.TrimSpace(o.Titolo); t != "" {
		return t
	}
	return inizioDescrizione(o)
}

func (c *confronto) obiettivo(oa, ob Obiettivo, obAB map[int64]int64, pos *[2]string) {
	base := Modifica{Sezione: SezioneObiettivi, ID: ob.ID, Oggetto: EtichettaObiettivo(ob)}
	mv := func(campo, prima, dopo string) {
		m := base
		m.Tipo, m.Campo, m.Prima, m.Dopo = ModificaSpostato, campo, prima, dopo
		c.add(m)
	}
	if c.areaKey(oa.AreaID) != ob.AreaID {
		mv("Area", nomeArea(c.a, oa.AreaID), nomeArea(c.b, ob.AreaID))
	}
	if parentKey(oa.ParentID, obAB) != ob.ParentID {
		mv("Obiettivo di riferimento", nomeObiettivo(c.a, oa.ParentID), nomeObiettivo(c.b, ob.ParentID))
	}
	if pos != nil {
		mv("Posizione", pos[0], pos[1])
	}
	c.campi(base, "", campiObiettivo(c.a, oa), campiObiettivo(c.b, ob))
	c.indicatori(base, oa, ob)
	c.fasi(base, oa, ob)
}

// areaKey maps an Area of the older version to its ID in the newer one.
func (c *confronto) areaKey(id int64) int64 {
	if id == 0 {
		return 0
	}
	if m, ok := c.unitaAB[id]; ok {
		return m
	}
	return -id // an Area that no longer exists matches none
}

func parentKey(id int64, obAB map[int64]int64) int64 {
	if id == 0 {
		return 0
	}
	if m, ok := obAB[id]; ok {
		return m
	}
	return -id
}

func nomeArea(p *Plan, id int64) string {
	if u := p.UnitaByID(id); u != nil {
		return u.Nome
	}
	return "nessuna Area"
}

func nomeObiettivo(p *Plan, id int64) string {
	if o := p.ObiettivoByID(id); o != nil {
		return EtichettaObiettivo(*o)
	}
	return "nessuno"
}

// fuoriPosto finds the objectives that changed place among siblings that
// stayed together (same Area, same objective above): the fewest that,
// moved, turn the old order into the new one (those off a longest common
// subsequence). Inserting or removing an objective moves nothing else.
// It returns, by index in b, the old and new place as words.
func (c *confronto) fuoriPosto(ab, ba []int, obAB map[int64]int64) map[int]*[2]string {
	a, b := c.a.Obiettivi, c.b.Obiettivi
	type gk struct{ area, parent int64 }
	groupB := func(o Obiettivo) gk { return gk{o.AreaID, o.ParentID} }
	groupA := func(o Obiettivo) gk { return gk{c.areaKey(o.AreaID), parentKey(o.ParentID, obAB)} }
	sizeA, sizeB := map[gk]int{}, map[gk]int{}
	posA, posB := make([]int, len(a)), make([]int, len(b))
	for i, o := range a {
		g := groupA(o)
		sizeA[g]++
		posA[i] = sizeA[g]
	}
	for j, o := range b {
		g := groupB(o)
		sizeB[g]++
		posB[j] = sizeB[g]
	}
	// For each group, the matched objectives that stay in it, in the old
	// order (as indices in b) against the new order.
	oldSeq := map[gk][]int{}
	for i, j := range ab {
		if j >= 0 && groupA(a[i]) == groupB(b[j]) {
			oldSeq[groupB(b[j])] = append(oldSeq[groupB(b[j])], j)
		}
	}
	out := map[int]*[2]string{}
	for g, old := range oldSeq {
		cur := slices.Clone(old)
		slices.Sort(cur) // indices in b are the new order
		keep := lcs(old, cur)
		for _, j := range cur {
			if keep[j] {
				continue
			}
			i := ba[j]
			out[j] = &[2]string{
				fmt.Sprintf("%d° di %d", posA[i], sizeA[groupA(a[i])]),
				fmt.Sprintf("%d° di %d", posB[j], sizeB[g]),
			}
		}
	}
	return out
}

// lcs marks the elements of a longest common subsequence of x and y.
func lcs(x, y []int) map[int]bool {
	kx, _ := comuni(x, y)
	keep := map[int]bool{}
	for i, k := range kx {
		if k {
			keep[x[i]] = true
		}
	}
	return keep
}

// comuni marks, in x and in y, the elements of a longest common
// subsequence of the two.
func comuni[T comparable](x, y []T) (kx, ky []bool) {
	n, m := len(x), len(y)
	kx, ky = make([]bool, n), make([]bool, m)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case x[i] == y[j]:
			kx[i], ky[j] = true, true
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return kx, ky
}

func campiObiettivo(p *Plan, o Obiettivo) []campo {
	return []campo{
		{"Codice", o.Codice}, {"Livello", o.Livello.Label()}, {"Natura", o.Natura.Label()},
		{"Titolo", o.Titolo}, {"Descrizione", o.Descrizione},
		{"Unità responsabili", strings.Join(p.NomiUnita(o), "\n")},
		{"Obiettivo del Segretario", TestoSiNo(o.Segretario)},
		{"Anni interessati", TestoAnni(o.Anni)}, {"Missione / Programma", EtichettaProgramma(o.Programma)},
		{"Linea strategica", o.LineaStrategica}, {"Centro di costo", o.CentroCosto}, {"Peso", TestoPeso(o.Peso)},
		{"Risorse umane e strumentali", o.Risorse}, {"Personale coinvolto", o.Personale}, {"Note", o.Note},
	}
}

// riassuntoObiettivo describes a whole objective added or removed.
func riassuntoObiettivo(p *Plan, o Obiettivo) string {
	cc := append([]campo{{"Area", areaName(p, o)}}, campiObiettivo(p, o)...)
	cc = slices.DeleteFunc(cc, func(f campo) bool {
		return f.nome == "Codice" || f.nome == "Titolo" || (f.nome == "Obiettivo del Segretario" && !o.Segretario)
	})
	s := riassunto(cc)
	for _, in := range o.Indicatori {
		s += "\nIndicatore «" + in.Nome + "»"
		if t := targetRiga(in); t != "" {
			s += ": " + t
		}
	}
	for _, f := range o.Fasi {
		s += "\nFase «" + f.Titolo + "»"
		if d := periodo(f); d != "" {
			s += ": " + d
		}
	}
	return s
}

func areaName(p *Plan, o Obiettivo) string {
	if o.AreaID == 0 {
		return ""
	}
	return nomeArea(p, o.AreaID)
}

// targetRiga lists an indicator's targets on one line: "2024: 5; 2025: 8".
func targetRiga(in Indicatore) string {
	var parts []string
	for _, t := range in.Target {
		if v := strings.TrimSpace(t.Valore); v != "" {
			parts = append(parts, annoTarget(t.Anno)+": "+v)
		}
	}
	return strings.Join(parts, "; ")
}

func periodo(f Fase) string {
	switch {
	case f.Inizio != nil && f.Fine != nil:
		return f.Inizio.String() + " – " + f.Fine.String()
	case f.Fine != nil:
		return "entro il " + f.Fine.String()
	case f.Inizio != nil:
		return "dal " + f.Inizio.String()
	}
	return ""
}

func (c *confronto) indicatori(base Modifica, oa, ob Obiettivo) {
	c.indicatoriDi(base, oa.Indicatori, ob.Indicatori)
}

func (c *confronto) indicatoriDi(base Modifica, a, b []Indicatore) {
	parti(c, base, a, b, func(x Indicatore) (int64, string) { return x.ID, x.Nome },
		func(x Indicatore) string { return "Indicatore «" + x.Nome + "»" },
		func(x, y *Indicatore) ([]campo, []campo) {
			if x == nil {
				return nil, campiIndicatore(*y, yearsOf(*y))
			}
			if y == nil {
				return campiIndicatore(*x, yearsOf(*x)), nil
			}
			years := yearsOf(*x, *y)
			return campiIndicatore(*x, years), campiIndicatore(*y, years)
		})
}

// parti compares the parts of an objective (indicators, phases), matched
// by ID and then by name: whole parts added or removed, fields changed.
// fields gives the fields of the old and the new part (nil when absent).
func parti[T any](c *confronto, base Modifica, a, b []T, key func(T) (int64, string), label func(T) string, fields func(x, y *T) ([]campo, []campo)) {
	ab, ba := abbina(len(a), len(b),
		func(i int) int64 { id, _ := key(a[i]); return id }, func(j int) int64 { id, _ := key(b[j]); return id },
		func(i int) string { _, k := key(a[i]); return k }, func(j int) string { _, k := key(b[j]); return k })
	for _, st := range ordine(ab, ba) {
		i, j := st[0], st[1]
		m := base
		switch {
		case j < 0:
			old, _ := fields(&a[i], nil)
			m.Tipo, m.Campo, m.Prima = ModificaRimosso, label(a[i]), riassunto(old)
			c.add(m)
		case i < 0:
			_, cur := fields(nil, &b[j])
			m.Tipo, m.Campo, m.Dopo = ModificaAggiunto, label(b[j]), riassunto(cur)
			c.add(m)
		default:
			old, cur := fields(&a[i], &b[j])
			c.campi(base, label(b[j])+": ", old, cur)
		}
	}
}

// yearsOf lists the target years of the indicators, ascending.
func yearsOf(ins ...Indicatore) []int {
	var ys []int
	for _, in := range ins {
		for _, t := range in.Target {
			if !slices.Contains(ys, t.Anno) {
				ys = append(ys, t.Anno)
			}
		}
	}
	slices.Sort(ys)
	return ys
}

func campiIndicatore(in Indicatore, years []int) []campo {
	peso := ""
	if in.Peso != 0 {
		peso = TestoNumero(in.Peso)
	}
	cc := []campo{{"nome", in.Nome}, {"tipo", in.Tipo.Label()}, {"unità di misura", in.UnitaMisura},
		{"valore di partenza", in.Baseline}, {"anno del valore di partenza", intText(in.AnnoBaseline)},
		{"direzione", testoDirezione(in.Direzione)}, {"peso", peso}, {"criterio di verifica", in.Criterio}, {"note", in.Note}}
	for _, y := range years {
		v := ""
		for _, t := range in.Target {
			if t.Anno == y {
				v = t.Valore
			}
		}
		cc = append(cc, campo{"target " + annoTarget(y), v})
	}
	return cc
}

func (c *confronto) fasi(base Modifica, oa, ob Obiettivo) {
	parti(c, base, oa.Fasi, ob.Fasi, func(x Fase) (int64, string) { return x.ID, x.Titolo },
		func(x Fase) string { return "Fase «" + x.Titolo + "»" },
		func(x, y *Fase) ([]campo, []campo) {
			var old, cur []campo
			if x != nil {
				old = campiFase(*x)
			}
			if y != nil {
				cur = campiFase(*y)
			}
			return old, cur
		})
}

func campiFase(f Fase) []campo {
	mesi := make([]string, len(f.Mesi))
	for i, m := range f.Mesi {
		mesi[i] = NomeMese(m)
	}
	return []campo{{"titolo", f.Titolo}, {"inizio", datePtr(f.Inizio)}, {"fine", datePtr(f.Fine)},
		{"mesi", strings.Join(mesi, ", ")}, {"responsabile", f.Responsabile}}
}

// nomiMesi are the months in Italian, January first.
var nomiMesi = [...]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
	"agosto", "settembre", "ottobre", "novembre", "dicembre"}

// NomeMese is the Italian name of month m (1–12).
func NomeMese(m int) string {
	if m < 1 || m > 12 {
		return strconv.Itoa(m)
	}
	return nomiMesi[m-1]
}
