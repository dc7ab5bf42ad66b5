package ui

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// everyFinding is the example plan with a slip of every kind Controlli
// knows (the example already has some of its own).
func everyFinding(t *testing.T) *model.Plan {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	n := func(v int) *int { return &v }
	x := func(v float64) *float64 { return &v }
	p.Piano.Stato = model.StatoAdottato
	p.Piano.Approvazione.Numero = ""
	p.Piano.Anno = p.Piano.AnnoFine + 1
	p.Territorio.SuperficieUrbana = p.Territorio.SuperficieTotale + 1
	last := &p.Popolazione[len(p.Popolazione)-1]
	last.Famiglie = last.Residenti + 1
	for i := range p.Personale {
		r := &p.Personale[i]
		r.Uomini = r.Dipendenti + 3
		r.PartTime = n(r.Dipendenti + 1)
		r.AbitantiStampati = n(1)
		r.PercUominiStampata = x(12.3)
	}
	for i := range p.Unita {
		if p.Unita[i].Dipendenti != nil {
			p.Unita[i].PartTime = n(*p.Unita[i].Dipendenti + 1)
			break
		}
	}
	if len(p.PopolazioneFasce) > 0 {
		p.PopolazioneFasce[0].Residenti += 500
	}
	if len(p.Servizi) > 0 {
		s := &p.Servizi[0]
		firma, fine := model.MustDate(2020, time.June, 1), model.MustDate(2019, time.June, 1)
		s.DataSottoscrizione, s.Scadenza, s.DurataIllimitata, s.Stato = &firma, &fine, false, "attivo"
	}
	obs := p.Obiettivi
	obs[1].Codice = obs[0].Codice
	obs[2].Titolo, obs[2].Descrizione = "", ""
	obs[3].AreaID, obs[3].UnitaIDs = 0, []int64{}
	obs[4].Anni = []int{}
	obs[5].Indicatori = []model.Indicatore{}
	obs[6].Indicatori[0].Target = []model.Target{}
	obs[7].Peso = model.Peso{Tipo: model.PesoMoltiplicatore, Valore: 3}
	inizio, fine := model.MustDate(2023, time.June, 1), model.MustDate(2023, time.March, 1)
	obs[8].Fasi = append(obs[8].Fasi, model.Fase{Ordine: 9, Titolo: "Al contrario", Inizio: &inizio, Fine: &fine})
	for i := range obs {
		if obs[i].AreaID == obs[9].AreaID {
			obs[i].Peso = model.Peso{Tipo: model.PesoPercentuale, Valore: 30}
		}
	}
	return p
}

// Clicking any finding opens its section, puts the cursor on a field of
// it and scrolls that field into view: for every kind of finding.
func TestEveryFindingOpensAndShowsItsField(t *testing.T) {
	f, _ := newTestFrame(t, everyFinding(t), keyControlli)
	// A low window (the width of the office laptop), so that many fields
	// start out of view.
	f.w.Resize(fyne.NewSize(1366, 480))
	kinds := map[string]bool{}
	findings := f.controlli.Findings()
	for i, fd := range findings {
		kind := fd.Sezione + "/" + fd.Campo
		if f.index(fd.Sezione) < 0 {
			continue // a section with no screen of its own yet
		}
		f.nav.Select(f.index(keyControlli))
		f.w.Canvas().Unfocus()
		f.controlli.Select(i)
		if got := f.keys[f.current]; got != fd.Sezione {
			t.Errorf("%s (%s): opened %q", kind, fd.Riga, got)
			continue
		}
		foc, ok := f.w.Canvas().Focused().(fyne.CanvasObject)
		if !ok {
			t.Errorf("%s (%s): nothing focused", kind, fd.Riga)
			continue
		}
		if !field.InView(f.screens[f.current].Content(), foc) {
			t.Errorf("%s (%s): the focused %T is out of view", kind, fd.Riga, foc)
		}
		if fd.Sezione == model.SezioneObiettivi && fd.Campo != "peso" {
			if o := f.s.Plan.ObiettivoByID(f.obiettivi.Marked()[0]); o == nil || o.ID != fd.ID {
				t.Errorf("%s (%s): the editor shows another objective", kind, fd.Riga)
			}
		}
		kinds[kind] = true
	}
	want := []string{
		"ente/anno", "ente/approvazione", "territorio/superficie_urbana_kmq", "territorio/densita_stampata",
		"popolazione/maschi", "popolazione/famiglie", "popolazione/variazione_stampata", "popolazione/residenti",
		"organizzazione/uomini", "organizzazione/part_time", "organizzazione/abitanti_stampati",
		"organizzazione/per_mille_stampato", "organizzazione/perc_uomini_stampata",
		"servizi/scadenza", "obiettivi/codice", "obiettivi/titolo", "obiettivi/area_id", "obiettivi/anni",
		"obiettivi/indicatori", "obiettivi/peso", "obiettivi/fasi",
	}
	var missing []string
	for _, k := range want {
		if !kinds[k] {
			missing = append(missing, k)
		}
	}
	var seen []string
	for k := range kinds {
		seen = append(seen, k)
	}
	sort.Strings(seen)
	if len(missing) > 0 {
		t.Fatalf("kinds not tried: %s (tried: %s)", strings.Join(missing, ", "), strings.Join(seen, ", "))
	}
	t.Log(fmt.Sprintf("%d findings, %d kinds: %s", len(findings), len(seen), strings.Join(seen, ", ")))
}
