package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/cruscotto"
	"pianoperformance/ui/inizio"
	"pianoperformance/ui/session"
	"pianoperformance/ui/versioni"
)

// The plan's life in the window: the start screen, the versions, the
// Piano menu (adoption and variations), and a frozen version shown
// read-only in place of the plan.

// keyInizio is the start screen's key in the navigation.
const keyInizio = "inizio"

// pianoUI is what the window keeps of it.
type pianoUI struct {
	inizio   *inizio.Screen
	versioni *versioni.Screen

	adotta, varia, torna *fyne.MenuItem

	// view is the plan as it is, kept aside while a version is shown;
	// nil otherwise.
	view   *versionView
	banner *fyne.Container
	notice *widget.Label
}

// base is the session of the plan as it is, also while a version is
// shown.
func (f *frame) base() *session.Session {
	if v := f.pv.view; v != nil {
		return v.base
	}
	return f.s
}

// newInizio composes the start screen: the plan's own panels and the
// performance cycle's (progress per Area, objectives to follow, what falls
// due for the objectives), alternately left and right.
func (f *frame) newInizio(s *session.Session, w fyne.Window) *inizio.Screen {
	az := f.inizioAzioni()
	if s.Viewing() != nil {
		f.pv.inizio = inizio.New(s, inizio.NewStato(s, az), inizio.NewQualita(s, w, az))
	} else {
		// Left: the plan, how far each Area got, the quality; right: the
		// deadlines, the objectives to follow, what falls due for them. So
		// the chart and the list of objectives stand side by side; the
		// last of each column, below the fold, come after the first frame.
		c := cruscotto.Panels(s, f.goTo)
		f.pv.inizio = inizio.New(s, inizio.NewStato(s, az), inizio.NewProssime(s, w, az),
			c[0], c[1], inizio.Below(inizio.NewQualita(s, w, az), 3), inizio.Below(c[2], cruscotto.Righe))
	}
	f.pv.inizio.Filled = f.relock
	return f.pv.inizio
}

// inizioAzioni are what the buttons of the start screen and of the
// deadlines do beyond the session's operations.
func (f *frame) inizioAzioni() inizio.Azioni {
	return inizio.Azioni{
		Adotta: f.adotta, Varia: f.varia,
		Modifiche:     func() { f.goTo(session.Target{Sezione: versioni.Key, Campo: "modifiche"}) },
		Versioni:      func(n int) { f.goTo(session.Target{Sezione: versioni.Key, ID: int64(n)}) },
		Calendario:    f.exportICS,
		StampaQualita: func() { f.printWith(printChoice{doc: docQualita, versione: f.viewedNumber()}) },
		Obiettivo: func(id int64) {
			f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: id, Campo: "qualita"})
		},
		Scadenze: func(chiave string) {
			f.goTo(session.Target{Sezione: model.SezioneScadenze, Campo: chiave})
		},
		Controlli: func() { f.goToSection(keyControlli) },
	}
}

func (f *frame) newVersioni(s *session.Session) *versioni.Screen {
	f.pv.versioni = versioni.New(s, versioni.Azioni{
		Apri:             f.openVersion,
		Stampa:           func(n int) { f.printWith(printChoice{doc: docDocumento, versione: n}) },
		StampaVariazione: func(da, a int) { f.printWith(printChoice{doc: docVariazione, da: da, a: a}) },
		Corrente:         func() *model.Plan { return f.base().Plan },
	})
	return f.pv.versioni
}

// lazy is a screen that redraws only while it is shown: the start screen
// and the versions compare the plan with its last version, which on a
// large plan costs more than the change itself; hidden, they wait until
// they are shown again.
type lazy struct {
	session.Screen
	shown func() bool
	dirty bool
}

func (f *frame) lazy(sc session.Screen) *lazy {
	l := &lazy{Screen: sc}
	l.shown = func() bool { return f.current >= 0 && f.current < len(f.screens) && isScreen(f.screens[f.current], l) }
	return l
}

// isScreen tells whether a screen of the navigation is l, also when a
// version's frame holds it.
func isScreen(sc session.Screen, l *lazy) bool {
	return innerScreen(sc, false) == session.Screen(l)
}

func (l *lazy) Refresh() {
	if l.shown() {
		l.Screen.Refresh()
		l.dirty = false
		return
	}
	l.dirty = true
}

func (l *lazy) Content() fyne.CanvasObject {
	if l.dirty {
		l.dirty = false
		l.Screen.Refresh()
	}
	return l.Screen.Content()
}

func (l *lazy) Browsing() []fyne.CanvasObject {
	if b, ok := l.Screen.(session.Browser); ok {
		return b.Browsing()
	}
	return nil
}

// checkWith is the Controlli screen's check for a session: the plan's
// consistency, and the deadlines late or close.
func (f *frame) checkWith(s *session.Session) func(*model.Plan) []model.Finding {
	if f.opts.Check == nil {
		return nil
	}
	return func(p *model.Plan) []model.Finding {
		out := f.opts.Check(p, s.Oggi())
		if ss, err := s.Scadenze(); err == nil {
			out = append(out, model.CheckScadenze(ss, s.Oggi())...)
		}
		return out
	}
}

// pianoMenu is the Piano menu: adoption, variations, versions.
func (f *frame) pianoMenu() *fyne.Menu {
	f.pv.adotta = fyne.NewMenuItem(lang.L("menu.adotta"), f.adotta)
	f.pv.varia = fyne.NewMenuItem(lang.L("menu.varia"), f.varia)
	f.pv.torna = fyne.NewMenuItem(lang.L("menu.torna"), f.closeVersion)
	list := fyne.NewMenuItem(lang.L("menu.versioni"), func() { f.goTo(session.Target{Sezione: versioni.Key}) })
	f.updatePianoMenu()
	return fyne.NewMenu(lang.L("menu.piano"), f.pv.adotta, f.pv.varia, fyne.NewMenuItemSeparator(), list, f.pv.torna)
}

// updatePianoMenu offers the adoption before it and the variation after;
// neither on a plan read-only, to a role that may not change the whole
// plan, or while a version is shown.
func (f *frame) updatePianoMenu() {
	if f.pv.adotta == nil {
		return
	}
	vv, err := f.base().Versioni()
	locked := err != nil || f.pv.view != nil || f.base().ReadOnly() || !f.base().CanEditAll()
	f.pv.adotta.Disabled = locked || len(vv) > 0
	f.pv.varia.Disabled = locked || len(vv) == 0
	f.pv.torna.Disabled = f.pv.view == nil
	if f.mainMenu != nil {
		f.mainMenu.Refresh()
	}
}

// pianoChanged follows every change: the menu, and the screen shown stays
// as locked as it was (a version, a role) whatever it redrew.
func (f *frame) pianoChanged() {
	if f.pv.view != nil {
		f.pv.view.stale = true // the plan as it is changed behind the version
	}
	f.updatePianoMenu()
	f.relock()
}

// viewedNumber is the number of the version shown, 0 for the plan as it is.
func (f *frame) viewedNumber() int {
	if v := f.s.Viewing(); v != nil {
		return v.Numero
	}
	return 0
}

// versionTitle names, in the window's title, the version shown.
func (f *frame) versionTitle() []string {
	v := f.s.Viewing()
	if v == nil {
		return nil
	}
	return []string{fmt.Sprintf("versione n. %d", v.Numero), v.Dicitura()}
}

// startWith opens at start what Options.Start names beyond a section: a
// version ("versione-1", or "versione-1/obiettivi" for one of its screens),
// a dialog ("adotta", "varia", "stampa", "pacchetto"), the guide
// ("guida"), the cycle's dashboard on the start screen ("cruscotto"), the
// changes not yet registered ("modifiche") or the quality
// checklist of the first objective ("qualita"), for the screenshots of the
// documentation and for support.
func (f *frame) startWith(what string) {
	what, section, _ := strings.Cut(what, "/") // "versione-1/obiettivi": that screen of version 1
	if n, ok := strings.CutPrefix(what, "versione-"); ok {
		if k, err := strconv.Atoi(n); err == nil {
			f.openVersion(k)
		}
		if section != "" {
			f.goToSection(section)
		}
		return
	}
	switch what {
	case "adotta":
		f.adotta()
	case "varia":
		f.varia()
	case "stampa":
		f.print()
	case "pacchetto":
		f.pacchetto()
	case "guida":
		f.guide()
	case "modifiche":
		f.goTo(session.Target{Sezione: versioni.Key, Campo: "modifiche"})
	case "cruscotto":
		f.goTo(session.Target{Sezione: keyInizio, Campo: "ciclo"})
	case "qualita":
		if p := f.s.Plan; len(p.Obiettivi) > 0 {
			f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: p.Obiettivi[0].ID, Campo: "qualita"})
		}
	}
}
