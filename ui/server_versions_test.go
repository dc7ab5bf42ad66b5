package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/inizio"
	"pianoperformance/ui/session"
	"pianoperformance/ui/versioni"
)

// enabledInputs lists the inputs shown on the screen in the window's body
// that can still be used, but for the screen's browsing controls and the
// tabs, which only choose what to look at.
func enabledInputs(f *frame) []string {
	keep := map[fyne.CanvasObject]bool{}
	if b, ok := f.screens[f.current].(session.Browser); ok {
		for _, o := range b.Browsing() {
			keep[o] = true
		}
	}
	var out []string
	eachObject(f.body, func(o fyne.CanvasObject) bool {
		if keep[o] {
			return false
		}
		if d, ok := o.(fyne.Disableable); ok {
			if !d.Disabled() && fmt.Sprintf("%T", o) != "*container.tabButton" {
				out = append(out, fmt.Sprintf("%T", o))
			}
			return false
		}
		return true
	})
	return out
}

// A Responsabile di Area on an adopted server plan. The start screen lets
// them look (the versions, the calendar of the deadlines) but not record
// a deadline, change its settings or adopt; the Piano menu does not offer
// the variation, and asked anyway says why. Version 1 opens read-only,
// with the version bar and the role bar both across the top and the
// plan's server in the title; a change another person makes meanwhile
// reaches the plan as it is; a copy saved meanwhile is of the plan as it
// is. Back on the plan, the role's limits hold on every screen, also after
// a row is chosen.
func TestResponsabileOnAVersionOfAServerPlan(t *testing.T) {
	sp := newServerPlan(t)
	anna := sp.person(t, "Anna Bianchi", model.AccessoAmministratore, "")
	segreteria := session.New(anna, stored(t, anna))
	if _, err := segreteria.Adotta("Adozione", model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: model.DatePtr(2023, 1, 31)}); err != nil {
		t.Fatal(err)
	}
	p := segreteria.Plan
	adopted := p.Obiettivi[3].Titolo
	rita := sp.person(t, "Rita Verdi", model.AccessoResponsabile, p.UnitaByID(p.Obiettivi[0].AreaID).Nome)
	ff, bg := windows(t, rita)
	f := ff[0]
	if f.keys[f.current] != keyInizio || !f.roleBar.Visible() || !f.bars.Visible() || f.pv.banner.Visible() {
		t.Fatalf("opens on %q, role bar %v, version bar %v", f.keys[f.current], f.roleBar.Visible(), f.pv.banner.Visible())
	}

	// The start screen, and from there the deadlines.
	var prossime *inizio.Prossime
	var stato *inizio.Stato
	for _, pn := range f.pv.inizio.Panels() {
		switch v := pn.(type) {
		case *inizio.Prossime:
			prossime = v
		case *inizio.Stato:
			stato = v
		}
	}
	if in := enabledInputs(f); len(in) > 0 {
		t.Fatalf("usable on the start screen of a Responsabile: %v", in)
	}
	tutte := buttonIn(prossime.Content(), "Tutte le scadenze, con le fonti…")
	if tutte.Disabled() {
		t.Fatal("the way to the deadlines is closed to a Responsabile")
	}
	test.Tap(tutte)
	if f.keys[f.current] != model.SezioneScadenze {
		t.Fatalf("«Tutte le scadenze» led to %q", f.keys[f.current])
	}
	scad := f.screen(f.current).(*inizio.Scadenze)
	if !scad.Bilancio().Disabled() || !scad.Regola().Disabled() {
		t.Fatal("the deadlines' settings are editable for a Responsabile")
	}
	actions := 0
	for i := range scad.List() {
		if _, _, b := scad.Row(i); b != nil {
			actions++
			if !b.Disabled() {
				t.Fatalf("«%s» of a deadline is usable by a Responsabile", b.Text)
			}
		}
	}
	if actions == 0 {
		t.Fatal("no deadline offers to be marked done")
	}
	if cal := scad.Browsing()[0].(*widget.Button); cal.Disabled() {
		t.Fatal("the calendar of the deadlines is not offered")
	}
	if in := enabledInputs(f); len(in) > 0 {
		t.Fatalf("usable on the Scadenze screen of a Responsabile: %v", in)
	}
	f.goToSection(keyInizio)
	if !f.pv.adotta.Disabled || !f.pv.varia.Disabled {
		t.Fatal("the Piano menu offers to adopt or vary to a Responsabile")
	}
	f.varia()
	if msg := dialogText(t, f); !strings.Contains(msg, "chi può modificare tutto il piano") || !strings.Contains(msg, "Rita Verdi") {
		t.Fatalf("asked to vary, the window says: %s", msg)
	}
	tapIn(t, f, "OK")

	// Version 1, from the list of versions on the start screen to the
	// Versioni screen, and open.
	open := buttonsIn(stato.Browsing()[0])
	if len(open) != 1 || open[0].Disabled() {
		t.Fatalf("%d buttons open a version", len(open))
	}
	test.Tap(open[0])
	if f.keys[f.current] != versioni.Key {
		t.Fatalf("the version's button led to %q", f.keys[f.current])
	}
	if in := enabledInputs(f); len(in) > 0 {
		t.Fatalf("usable on the Versioni screen of a Responsabile: %v", in)
	}
	apri := buttonIn(f.pv.versioni.Content(), "Apri in sola lettura")
	if apri == nil || apri.Disabled() {
		t.Fatal("the Versioni screen does not offer to open the version")
	}
	test.Tap(apri)
	if v := f.s.Viewing(); v == nil || v.Numero != 1 {
		t.Fatalf("the window shows version %v", v)
	}
	if !f.pv.banner.Visible() || !f.roleBar.Visible() || !f.bars.Visible() {
		t.Fatalf("version bar %v, role bar %v", f.pv.banner.Visible(), f.roleBar.Visible())
	}
	title := f.w.Title()
	for _, want := range []string{"versione n. 1", "albizzate-2023 sul server 127.0.0.1", "(sola lettura)"} {
		if !strings.Contains(title, want) {
			t.Fatalf("the title %q lacks %q", title, want)
		}
	}
	for _, key := range f.keys {
		f.goToSection(key)
		nothingEditable(t, f, key)
	}

	// The Segretario changes an objective meanwhile.
	o := segreteria.Plan.Obiettivi[3].Clone()
	o.Titolo = "Cambiato dopo l'adozione"
	if _, err := segreteria.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	bg.Until("la modifica della segreteria nel piano corrente", func() bool {
		return f.base().Plan.ObiettivoByID(o.ID).Titolo == o.Titolo
	})
	if got := f.s.Plan.ObiettivoByID(o.ID).Titolo; got != adopted {
		t.Fatalf("version 1 shows %q", got)
	}
	if !f.pv.banner.Visible() || !f.roleBar.Visible() {
		t.Fatalf("after the change version bar %v, role bar %v", f.pv.banner.Visible(), f.roleBar.Visible())
	}
	path := t.TempDir() + "/copia.db"
	f.saveCopyAt(path)
	settle(f)
	file, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("%v (status %q)", err, f.status.Text)
	}
	defer file.Close()
	copied, err := file.Load(context.Background())
	if err != nil || copied.ObiettivoByID(o.ID).Titolo != o.Titolo || len(versionsIn(t, file)) != 1 {
		t.Fatalf("the copy saved while version 1 was shown holds %q (%v)", copied.ObiettivoByID(o.ID).Titolo, err)
	}

	// Back to the plan as it is.
	f.closeVersion()
	if f.pv.banner.Visible() || !f.roleBar.Visible() || f.s.Viewing() != nil {
		t.Fatalf("after the version: version bar %v, role bar %v", f.pv.banner.Visible(), f.roleBar.Visible())
	}
	if got := f.s.Plan.ObiettivoByID(o.ID).Titolo; got != o.Titolo {
		t.Fatalf("the plan as it is shows %q", got)
	}
	for _, key := range f.keys {
		if key == model.SezioneObiettivi || key == model.SezioneMonitoraggio || key == keyControlli {
			continue // they decide for themselves: see TestResponsabileEditsOnlyTheirReadings
		}
		f.goToSection(key)
		if in := enabledInputs(f); len(in) > 0 {
			t.Fatalf("%s: usable by a Responsabile: %v", key, in)
		}
	}
	// A service chosen redraws its form and enables what it holds: the
	// role has its say again.
	f.goToSection(model.SezioneServizi)
	var list *widget.List
	eachObject(f.body, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
		return list == nil
	})
	if n := len(f.s.Plan.Servizi); n < 2 {
		t.Fatalf("the example has %d services", n)
	}
	list.Select(1)
	if in := enabledInputs(f); len(in) > 0 {
		t.Fatalf("after choosing a service, usable by a Responsabile: %v", in)
	}
}

// buttonsIn are the buttons under o.
func buttonsIn(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	eachObject(o, func(c fyne.CanvasObject) bool {
		if b, ok := c.(*widget.Button); ok {
			out = append(out, b)
			return false
		}
		return true
	})
	return out
}
