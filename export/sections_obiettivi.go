package export

import (
	"strings"

	"pianoperformance/model"
)

// unita lists the organisation depth first, each Area followed by its units,
// so the sheet reads like the tree; units whose parent is missing come last.
func unita(p *model.Plan) *table {
	t := &table{Sheet: "Unità organizzative", File: "unita_organizzative.csv", Cols: []column{
		key("ID"), col("Tipo"), col("Nome"), col("Intestazione"), col("Unità superiore"), col("Area"),
		col("Responsabile"), col("Ruolo"), col("Dipendenti"), col("Di cui part-time"),
		calc("Dipendenti con le unità sottostanti", -1),
	}}
	seen := map[int64]bool{}
	var visit func(u model.Unita)
	visit = func(u model.Unita) {
		if seen[u.ID] {
			return
		}
		seen[u.ID] = true
		parent, area := "", ""
		if pu := p.UnitaByID(u.ParentID); pu != nil && u.ParentID != 0 {
			parent = pu.Nome
		}
		if a := p.AreaDi(u.ID); a != nil {
			area = a.Nome
		}
		t.add(intc(int(u.ID)), txt(string(u.Tipo)), txt(u.Nome), txt(u.Intestazione), txt(parent), txt(area),
			txt(u.Responsabile), txt(u.RuoloResponsabile.Label()), optInt(u.Dipendenti), optInt(u.PartTime),
			intc(p.DipendentiUnita(u.ID)))
		for _, c := range p.Figli(u.ID) {
			visit(c)
		}
	}
	for _, a := range p.Aree() {
		visit(a)
	}
	for _, u := range p.Unita {
		visit(u)
	}
	return t
}

func obiettivi(p *model.Plan) *table {
	t := &table{Sheet: "Obiettivi", File: "obiettivi.csv", Cols: []column{
		key("ID"), col("Codice"), col("Livello"), col("Natura"), col("Obiettivo superiore"),
		col("Area"), col("Unità responsabili"), col("Del Segretario"), col("Titolo"), col("Descrizione"),
		col("Anni"), col("Programma"), col("Linea strategica"), col("Centro di costo"), col("Tipo di peso"), col("Peso"),
		col("Risorse"), col("Personale coinvolto"), col("Stato di attuazione"), col("Note"),
		calc("Numero indicatori", -1), calc("Numero fasi", -1),
	}}
	for _, o := range p.Obiettivi {
		parent, area := "", ""
		if po := p.ObiettivoByID(o.ParentID); po != nil && o.ParentID != 0 {
			parent = cmpOr(po.Codice, po.Titolo)
		}
		if a := p.UnitaByID(o.AreaID); a != nil {
			area = a.Nome
		}
		peso := cell{}
		if o.Peso.Tipo != model.PesoNessuno && o.Peso.Tipo != model.PesoPrerequisito {
			peso = num(o.Peso.Valore)
		}
		prog := ""
		if o.Programma != "" {
			prog = model.EtichettaProgramma(o.Programma)
		}
		t.add(intc(int(o.ID)), txt(o.Codice), txt(string(o.Livello)), txt(string(o.Natura)), txt(parent),
			txt(area), txt(strings.Join(p.NomiUnita(o), ", ")), yesNo(o.Segretario), txt(o.Titolo), txt(o.Descrizione),
			txt(joinInts(o.Anni)), txt(prog), txt(o.LineaStrategica), txt(o.CentroCosto), txt(string(o.Peso.Tipo)), peso,
			txt(o.Risorse), txt(o.Personale), txt(o.StatoAttuazione), txt(o.Note),
			intc(len(o.Indicatori)), intc(len(o.Fasi)))
	}
	return t
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// indicatori has one row per indicator and target year, the shape open-data
// users filter on; an indicator with no target still gets one row. The
// indicators of the whole ente come last, with no objective.
func indicatori(p *model.Plan) *table {
	t := &table{Sheet: "Indicatori", File: "indicatori.csv", Cols: []column{
		key("ID obiettivo"), col("Codice obiettivo"), col("Obiettivo"), key("ID indicatore"),
		col("Indicatore"), col("Tipo"), col("Unità di misura"), col("Valore di partenza"),
		key("Anno del valore di partenza"), col("Direzione"), col("Peso"), col("Criterio di verifica"), col("Note"),
		key("Anno"), col("Target"), calc("Target come letto dal programma", -1),
	}}
	row := func(o *model.Obiettivo, ind model.Indicatore) {
		head := []cell{{}, txt("(indicatore dell'ente)"), {}}
		if o != nil {
			head = []cell{intc(int(o.ID)), txt(o.Codice), txt(o.Intestazione())}
		}
		anno := cell{}
		if ind.AnnoBaseline != 0 {
			anno = intc(ind.AnnoBaseline)
		}
		peso := cell{}
		if ind.Peso != 0 {
			peso = num(ind.Peso)
		}
		head = append(head, intc(int(ind.ID)), txt(ind.Nome), txt(string(ind.Tipo)), txt(ind.UnitaMisura), txt(ind.Baseline),
			anno, txt(string(ind.Direzione)), peso, txt(ind.Criterio), txt(ind.Note))
		if len(ind.Target) == 0 {
			t.add(append(head, cell{}, cell{}, cell{})...)
		}
		for _, tg := range ind.Target {
			y := intc(tg.Anno)
			if tg.Anno == 0 {
				y = txt("triennio")
			}
			t.add(append(head[:len(head):len(head)], y, txt(tg.Valore), txt(model.LeggiTarget(tg.Valore, ind.Tipo).Capito))...)
		}
	}
	for i := range p.Obiettivi {
		for _, ind := range p.Obiettivi[i].Indicatori {
			row(&p.Obiettivi[i], ind)
		}
	}
	for _, ind := range p.IndicatoriEnte {
		row(nil, ind)
	}
	return t
}

func fasi(p *model.Plan) *table {
	t := &table{Sheet: "Fasi", File: "fasi.csv", Cols: []column{
		key("ID obiettivo"), col("Codice obiettivo"), key("Ordine"), col("Fase"), col("Inizio"), col("Fine"),
		col("Mesi"), col("Responsabile"), col("Completata"), col("Completata il"),
	}}
	for _, o := range p.Obiettivi {
		for _, f := range o.Fasi {
			t.add(intc(int(o.ID)), txt(o.Codice), intc(f.Ordine), txt(f.Titolo), optDate(f.Inizio), optDate(f.Fine),
				txt(joinInts(f.Mesi)), txt(f.Responsabile), yesNo(f.Completata), optDate(f.Completamento))
		}
	}
	return t
}
