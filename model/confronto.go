package model

import (
	"fmt"
	"strings"
)

// TipoModifica is what happened to a record between two versions.
type TipoModifica string

const (
	ModificaAggiunto   TipoModifica = "aggiunto"
	ModificaRimosso    TipoModifica = "rimosso"
	ModificaSpostato   TipoModifica = "spostato" // another Area, parent or place in the list
	ModificaModificato TipoModifica = "modificato"
)

// Modifica is one difference between two versions of the plan, old and new
// side by side, in words a Giunta reads: "TE.3 – Manutenzione strade",
// "Indicatore «Km asfaltati»: target 2024", "5", "8".
type Modifica struct {
	Tipo TipoModifica `json:"tipo"`
	// Sezione is the part of the plan: a Sezione* key or SezioneEnte.
	Sezione string `json:"sezione"`
	// ID is the record in the newer version (the older one's, if removed).
	ID int64 `json:"id,omitempty"`
	// Oggetto names the record: an objective, a year, a unit.
	Oggetto string `json:"oggetto"`
	// Campo is the field changed; empty when the whole record was added
	// or removed, and then Prima or Dopo summarises it.
	Campo string `json:"campo,omitempty"`
	Prima string `json:"prima,omitempty"`
	Dopo  string `json:"dopo,omitempty"`
}

// Confronta lists what changed from prima to dopo, in the document's order:
// the comune and the plan, the context tables, the organisation, the
// services, the objectives. Records are matched by ID and, where IDs
// differ (a plan imported into another file, next year's plan), by a
// natural key: the code of an objective, the name of a unit or indicator,
// the year of a yearly record.
//
// What is measured during the year is not a variation of the plan and is
// left out: the plan's status and approval act (set by adoption itself),
// the monitoring checkpoints and the readings taken at them (values,
// states, causes, overrides), the progress notes and outcomes of
// objectives, the completion of phases, the Nucleo's validations, the
// Relazione, the deadline settings and the quality confirmations. The
// indicators of the whole ente and the evaluation system (SMVP) are part
// of the plan adopted, and are compared.
func Confronta(prima, dopo *Plan) []Modifica {
	if prima == nil || dopo == nil {
		return nil
	}
	c := &confronto{a: prima, b: dopo}
	c.ente()
	c.capitoli()
	c.territorio()
	c.popolazione()
	c.unita()
	c.personale()
	c.benchmark()
	c.servizi()
	c.obiettivi()
	c.indicatoriEnte()
	c.smvp()
	return c.out
}

type confronto struct {
	a, b *Plan
	out  []Modifica
	// unitaAB maps a unit ID of a to the matched unit ID of b.
	unitaAB map[int64]int64
}

// campo is a field as printed, for the comparison of flat records.
type campo struct{ nome, val string }

func (c *confronto) add(m Modifica) { c.out = append(c.out, m) }

// campi adds a change for each field whose text differs. a and b list the
// same fields in the same order.
func (c *confronto) campi(base Modifica, prefix string, a, b []campo) {
	for i := range b {
		if norm(a[i].val) == norm(b[i].val) {
			continue
		}
		m := base
		m.Tipo = ModificaModificato
		m.Campo = prefix + b[i].nome
		m.Prima, m.Dopo = strings.TrimSpace(a[i].val), strings.TrimSpace(b[i].val)
		c.add(m)
	}
}

// norm ignores what a reader cannot see: line endings and surrounding space.
func norm(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// abbina pairs the records of two lists, first by ID and then, among those
// left, by a key that is unique and not empty on both sides. ab[i] is the
// index in b of a's record i, or -1; ba the reverse.
func abbina(na, nb int, idA, idB func(int) int64, keyA, keyB func(int) string) (ab, ba []int) {
	ab, ba = make([]int, na), make([]int, nb)
	for i := range ab {
		ab[i] = -1
	}
	for j := range ba {
		ba[j] = -1
	}
	if idA != nil {
		byID := map[int64]int{}
		for j := range nb {
			if id := idB(j); id != 0 {
				byID[id] = j
			}
		}
		for i := range na {
			if j, ok := byID[idA(i)]; ok && idA(i) != 0 && ba[j] < 0 {
				ab[i], ba[j] = j, i
			}
		}
	}
	if keyA == nil {
		return ab, ba
	}
	unique := func(n int, key func(int) string, taken []int) map[string]int {
		seen, dup := map[string]int{}, map[string]bool{}
		for i := range n {
			k := foldKey(key(i))
			if taken[i] >= 0 || k == "" {
				continue
			}
			if _, ok := seen[k]; ok {
				dup[k] = true
			}
			seen[k] = i
		}
		for k := range dup {
			delete(seen, k)
		}
		return seen
	}
	ka, kb := unique(na, keyA, ab), unique(nb, keyB, ba)
	for k, i := range ka {
		if j, ok := kb[k]; ok {
			ab[i], ba[j] = j, i
		}
	}
	return ab, ba
}

func foldKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// ordine walks b's records in order and interleaves a's unmatched records
// after the last matched one before them in a, so a removed record is
// listed where it used to be. Each step is (i, j) with -1 for no record.
func ordine(ab, ba []int) [][2]int {
	var out [][2]int
	next := 0 // next record of a not yet placed
	flush := func(upto int) {
		for ; next < upto; next++ {
			if ab[next] < 0 {
				out = append(out, [2]int{next, -1})
			}
		}
	}
	for j, i := range ba {
		if i >= 0 && i >= next {
			flush(i)
			next = i + 1
		}
		out = append(out, [2]int{i, j})
	}
	flush(len(ab))
	return out
}

// lista compares two lists of records with fields; label names a record,
// summary describes a whole one added or removed.
type lista struct {
	sezione    string
	na, nb     int
	idA, idB   func(int) int64
	keyA, keyB func(int) string
	label      func(p *Plan, i int) string
	campi      func(p *Plan, i int) []campo
}

func (c *confronto) lista(l lista) (ab []int) {
	ab, ba := abbina(l.na, l.nb, l.idA, l.idB, l.keyA, l.keyB)
	for _, st := range ordine(ab, ba) {
		i, j := st[0], st[1]
		switch {
		case j < 0:
			c.add(Modifica{Tipo: ModificaRimosso, Sezione: l.sezione, ID: id(l.idA, i), Oggetto: l.label(c.a, i), Prima: riassunto(l.campi(c.a, i))})
		case i < 0:
			c.add(Modifica{Tipo: ModificaAggiunto, Sezione: l.sezione, ID: id(l.idB, j), Oggetto: l.label(c.b, j), Dopo: riassunto(l.campi(c.b, j))})
		default:
			c.campi(Modifica{Sezione: l.sezione, ID: id(l.idB, j), Oggetto: l.label(c.b, j)}, "", l.campi(c.a, i), l.campi(c.b, j))
		}
	}
	return ab
}

func id(f func(int) int64, i int) int64 {
	if f == nil {
		return 0
	}
	return f(i)
}

// riassunto writes a whole record as "field: value" lines, skipping blanks.
func riassunto(cc []campo) string {
	var b strings.Builder
	for _, f := range cc {
		v := strings.TrimSpace(f.val)
		if v == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(f.nome + ": " + v)
	}
	return b.String()
}

// RiassuntoModifiche summarises a list of changes: "6 modifiche: 1 obiettivo
// aggiunto; 2 obiettivi modificati, di cui 1 spostato; 1 modifica ad altre
// parti del piano".
func RiassuntoModifiche(mm []Modifica) string {
	var add, del, mov, obMod int
	objs := map[string]bool{}
	for _, m := range mm {
		if m.Sezione == SezioneObiettivi && m.Campo == "" {
			switch m.Tipo {
			case ModificaAggiunto:
				add++
			case ModificaRimosso:
				del++
			}
			continue
		}
		if m.Sezione == SezioneObiettivi {
			objs[m.Oggetto] = true
			if m.Tipo == ModificaSpostato {
				mov++
			}
		}
	}
	obMod = len(objs)
	var parts []string
	if add > 0 {
		parts = append(parts, plurale(add, "obiettivo aggiunto", "obiettivi aggiunti"))
	}
	if del > 0 {
		parts = append(parts, plurale(del, "obiettivo eliminato", "obiettivi eliminati"))
	}
	if obMod > 0 {
		s := plurale(obMod, "obiettivo modificato", "obiettivi modificati")
		if mov > 0 {
			s += ", di cui " + plurale(mov, "spostato", "spostati")
		}
		parts = append(parts, s)
	}
	other := 0
	for _, m := range mm {
		if m.Sezione != SezioneObiettivi {
			other++
		}
	}
	if other > 0 {
		parts = append(parts, plurale(other, "modifica ad altre parti del piano", "modifiche ad altre parti del piano"))
	}
	return plurale(len(mm), "modifica", "modifiche") + ": " + strings.Join(parts, "; ")
}

func plurale(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
