package cruscotto

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// lista is a panel listing lines; tapping one about an objective opens it
// in the Monitoraggio.
type lista struct {
	s     *session.Session
	title string
	voci  []model.VoceCruscotto
	empty string
	list  *widget.List
	box   fyne.CanvasObject // the list, as tall as Righe lines
	fill  func(m *Misura) ([]model.VoceCruscotto, string)
}

// Righe is how many lines a list shows before it scrolls: a list alone
// asks for the height of one.
const Righe = 5

func newLista(s *session.Session, title string, goTo func(session.Target), fill func(m *Misura) ([]model.VoceCruscotto, string)) *lista {
	l := &lista{s: s, title: title, fill: fill}
	l.list = widget.NewList(func() int { return max(len(l.voci), 1) },
		func() fyne.CanvasObject { return field.NewLine("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			t := o.(*field.Line)
			if len(l.voci) == 0 {
				t.SetText(l.empty)
				return
			}
			t.SetText(l.voci[i].Testo)
		})
	l.list.OnSelected = func(i widget.ListItemID) {
		l.list.UnselectAll()
		if i < len(l.voci) && l.voci[i].Obiettivo != nil && goTo != nil {
			goTo(session.Target{Sezione: model.SezioneMonitoraggio, ID: l.voci[i].Obiettivo.ID})
		}
	}
	tall := canvas.NewRectangle(color.Transparent)
	pad := theme.Padding() // between the rows of a list
	tall.SetMinSize(fyne.NewSize(0, Righe*(field.NewLine("").MinSize().Height+pad)-pad))
	l.box = container.NewStack(tall, l.list)
	return l
}

func (l *lista) Title() string              { return l.title }
func (l *lista) Content() fyne.CanvasObject { return l.box }

// List is the list's widget, for tests.
func (l *lista) List() *widget.List { return l.list }

// Voci are the lines shown, for tests.
func (l *lista) Voci() []model.VoceCruscotto { return l.voci }

func (l *lista) Refresh() { l.show(misura(l.s)) }

func (l *lista) show(m *Misura) {
	l.voci, l.empty = l.fill(m)
	l.list.Refresh()
}

// newAttenzione lists the objectives at risk: indicators in a state of
// deviation, phases late, objectives below half of their target.
func newAttenzione(s *session.Session, goTo func(session.Target)) *lista {
	return newLista(s, lang.L("cruscotto.attenzione"), goTo, func(m *Misura) ([]model.VoceCruscotto, string) {
		if m.Val == nil {
			return nil, lang.L("cruscotto.senza.verifiche")
		}
		var out []model.VoceCruscotto
		al := m.Val.Verifica.Data
		for i := range m.Val.Aree {
			a := &m.Val.Aree[i]
			out = append(out, a.DaSeguire(al)...)
			for _, e := range a.Obiettivi {
				if c := e.Percentuale; c != nil && *c < 50 && e.Rischi() == 0 {
					out = append(out, model.VoceCruscotto{Obiettivo: e.Obiettivo,
						Testo: lang.L("cruscotto.sotto.meta", map[string]any{"Codice": e.Obiettivo.Codice,
							"Titolo": e.Obiettivo.Intestazione(), "Perc": perc(c)})})
				}
			}
		}
		return out, lang.L("cruscotto.attenzione.vuoto")
	})
}

// newProssime lists what falls due next for the objectives, soonest
// first: date targets not yet met and phases not yet done (the cycle's own
// deadlines have their panel on the start screen).
func newProssime(s *session.Session, goTo func(session.Target)) *lista {
	return newLista(s, lang.L("cruscotto.scadenze"), goTo, func(m *Misura) ([]model.VoceCruscotto, string) {
		var out []model.VoceCruscotto
		if m.Val != nil {
			for i := range m.Val.Aree {
				out = append(out, m.Val.Aree[i].Prossime(m.Oggi)...)
			}
		}
		sortVoci(out)
		return out, lang.L("cruscotto.scadenze.vuoto")
	})
}

func sortVoci(vv []model.VoceCruscotto) {
	slices.SortStableFunc(vv, func(a, b model.VoceCruscotto) int { return strings.Compare(a.Quando.ISO(), b.Quando.ISO()) })
}
