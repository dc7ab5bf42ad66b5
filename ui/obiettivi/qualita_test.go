package obiettivi

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
)

// The checklist of art. 5 c.2 in the editor: what the program found, and
// the comune's judgement where it cannot tell, saved at once and undone.
func TestQualitaChecklistJudgedAndUndone(t *testing.T) {
	fieldtest.LoadTranslations(t)
	f := newFixture(t)
	id := f.open("EF.1")
	q := f.sc.ed.qual
	if title := f.sc.ed.tabQual.Text; !strings.HasPrefix(title, "Qualità (") || !strings.HasSuffix(title, "/8)") {
		t.Fatalf("tab %q", title)
	}
	var ril, per *qualRow
	for _, r := range q.rows {
		switch r.info.Criterio {
		case model.QualitaRilevante:
			ril = r
		case model.QualitaPeriodo:
			per = r
		}
	}
	// The program judges the period; relevance is the comune's to say.
	if per.ask.Visible() || per.esito.Text != "Sì" || !strings.HasPrefix(per.motivo.Text, "anni ") {
		t.Fatalf("period: %q %q", per.esito.Text, per.motivo.Text)
	}
	if !ril.ask.Visible() || ril.esito.Text != "Da confermare" || !ril.note.Disabled() {
		t.Fatalf("relevance: %q", ril.esito.Text)
	}
	ril.scelta.SetSelected("Sì")
	voce := func() model.VoceQualita {
		return model.QualitaDi(fieldtest.Reload(t, f.s), *f.stored(id)).Voce(model.QualitaRilevante)
	}
	if v := voce(); v.Esito != model.QualitaSi || !v.Confermata {
		t.Fatalf("stored %+v", v)
	}
	if ril.esito.Text != "Sì (confermato dall'ente)" || ril.note.Disabled() {
		t.Fatalf("shows %q", ril.esito.Text)
	}
	f.w.Canvas().Focus(ril.note)
	ril.note.SetText("Priorità del DUP")
	ril.note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if v := voce(); v.Motivo != "Priorità del DUP" || v.Esito != model.QualitaSi {
		t.Fatalf("note stored %+v", v)
	}
	ril.scelta.SetSelected("No")
	if v := voce(); v.Esito != model.QualitaNo || v.Motivo != "Priorità del DUP" {
		t.Fatalf("changed to %+v", v)
	}
	for range 3 {
		if err := f.s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if v := voce(); v.Confermata || ril.scelta.Selected != "Da confermare" {
		t.Fatalf("after three undos %+v, radio %q", v, ril.scelta.Selected)
	}
	// Taking a judgement back leaves the requirement to confirm again.
	ril.scelta.SetSelected("No")
	ril.scelta.SetSelected("Da confermare")
	if v := voce(); v.Confermata {
		t.Fatalf("still judged %+v", v)
	}
}

// An Area with far more objectives than the others is said in its
// objectives' checklists.
func TestQualitaAreaWarning(t *testing.T) {
	fieldtest.LoadTranslations(t)
	f := newFixtureWith(t, func(p *model.Plan) {
		area := p.Obiettivi[0].AreaID
		for i := range 12 {
			o := p.Obiettivi[0].WithoutIDs()
			o.Codice = "EF.X" + string(rune('A'+i))
			o.AreaID = area
			p.Obiettivi = append(p.Obiettivi, o)
		}
	})
	f.open("EF.1")
	if q := f.sc.ed.qual; !q.area.Visible() || !strings.Contains(q.area.Text, "molti più obiettivi delle altre") {
		t.Fatalf("warning %q", q.area.Text)
	}
}
