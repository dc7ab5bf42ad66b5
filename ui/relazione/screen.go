// Package relazione is the «Valutazione e Relazione» screen: what closes
// the year after the last checkpoint. The Nucleo di Valutazione's
// validation of each objective and of the Relazione as a whole, the
// Relazione's own texts and its adoption by the Giunta, and the comune's
// evaluation system (SMVP) the degrees are measured with.
package relazione

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// debounce is how long typing in a long text may pause before it is saved.
const debounce = 600 * time.Millisecond

// Key is the screen's navigation key.
const Key = "relazione"

// Screen is the entry of the navigation.
type Screen struct {
	s       *session.Session
	w       fyne.Window
	val     *validazioni
	testi   *testi
	smvp    *smvpForm
	tabs    *container.AppTabs
	content fyne.CanvasObject
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen { return NewScreen(s, w) }

// NewScreen is New with the concrete type.
func NewScreen(s *session.Session, w fyne.Window) *Screen {
	sc := &Screen{s: s, w: w}
	sc.val = newValidazioni(sc)
	sc.testi = newTesti(sc)
	sc.smvp = newSMVPForm(sc)
	sc.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("relazione.tab.validazione"), sc.val.content),
		container.NewTabItem(lang.L("relazione.tab.testi"), sc.testi.content),
		container.NewTabItem(lang.L("relazione.tab.smvp"), sc.smvp.content),
	)
	sc.content = sc.tabs
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string              { return lang.L("nav.relazione") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

// Refresh shows the plan as it is now.
func (sc *Screen) Refresh() {
	if sc.s.Plan == nil {
		return
	}
	sc.val.refresh()
	sc.testi.load()
	sc.smvp.load()
}

// Show opens the tab of a target: "smvp", "testi", or an objective's
// validation.
func (sc *Screen) Show(t session.Target) {
	switch t.Campo {
	case "smvp":
		sc.tabs.SelectIndex(2)
	case "testi":
		sc.tabs.SelectIndex(1)
	default:
		sc.tabs.SelectIndex(0)
		sc.val.show(t.ID)
	}
}

// invalid repeats a refused value on the status line.
func (sc *Screen) invalid(err error) {
	if err == nil {
		sc.s.ReportInvalid(nil) // fixed: the message goes
		return
	}
	sc.s.Report(lang.L("relazione.non.salvato", map[string]any{"Errore": err.Error()}), true)
}

func oneLine(s string) string {
	out := []rune{}
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	return string(out)
}

func perc(p *float64) string {
	if p == nil {
		return "—"
	}
	return model.FormatPerc(*p)
}
