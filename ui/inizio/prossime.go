package inizio

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// righeProssime is how many open deadlines the start screen lists.
const righeProssime = 5

// Prossime is the start screen's panel of the deadlines: how many are
// late or close, and the open ones most urgent first, one line each
// (date, what, how late or how close), each with a button that opens it
// on the Scadenze screen, where its legal source, its notes, «Fatto…»,
// the settings and the calendar are. One line each, cut rather than
// wrapped: the start screen draws at once (docs/benchmark-finestra.md).
type Prossime struct {
	s  *session.Session
	w  fyne.Window
	az Azioni

	summary *field.Line
	rows    [righeProssime]prossimaRow
	box     *fyne.Container
	tutte   *widget.Button
	content fyne.CanvasObject

	voci []model.Scadenza // the open deadlines listed, in order
}

type prossimaRow struct {
	data, stato *widget.Label
	titolo      *field.Line
	apri        *widget.Button
	row         *fyne.Container
}

// NewProssime builds the panel.
func NewProssime(s *session.Session, w fyne.Window, az Azioni) *Prossime {
	p := &Prossime{s: s, w: w, az: az}
	p.summary = field.NewLineWithStyle("", fyne.TextStyle{Bold: true})
	var rows []fyne.CanvasObject
	for i := range p.rows {
		r := &p.rows[i]
		r.data = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		r.titolo = field.NewLine("")
		r.stato = widget.NewLabel("")
		r.apri = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
			if i < len(p.voci) && p.az.Scadenze != nil {
				p.az.Scadenze(p.voci[i].Chiave)
			}
		})
		r.row = container.NewBorder(nil, nil, r.data, container.NewHBox(r.stato, r.apri), r.titolo)
		rows = append(rows, r.row)
	}
	p.box = container.NewVBox(rows...)
	p.tutte = widget.NewButtonWithIcon(lang.L("scadenze.tutte"), theme.NavigateNextIcon(), func() {
		if p.az.Scadenze != nil {
			p.az.Scadenze("")
		}
	})
	p.content = container.NewVBox(p.summary, p.box, container.NewHBox(p.tutte))
	return p
}

func (p *Prossime) Title() string              { return lang.L("scadenze.titolo") }
func (p *Prossime) Content() fyne.CanvasObject { return p.content }

// Browsing: the ways to the deadlines change nothing.
func (p *Prossime) Browsing() []fyne.CanvasObject {
	out := []fyne.CanvasObject{p.tutte}
	for _, r := range p.rows {
		out = append(out, r.apri)
	}
	return out
}

// Voci are the deadlines listed, Row(i) their widgets; Summary is the
// first line. For tests.
func (p *Prossime) Voci() []model.Scadenza { return p.voci }
func (p *Prossime) Row(i int) (data *widget.Label, titolo *field.Line, stato *widget.Label, apri *widget.Button) {
	r := p.rows[i]
	return r.data, r.titolo, r.stato, r.apri
}
func (p *Prossime) Summary() string { return p.summary.Full() }

// Refresh lists the open deadlines as they stand today.
func (p *Prossime) Refresh() {
	ss, err := p.s.Scadenze()
	open := aperte(ss)
	p.voci = open[:min(len(open), righeProssime)]
	for i := range p.rows {
		r := &p.rows[i]
		if i >= len(p.voci) {
			r.row.Hide()
			continue
		}
		s := p.voci[i]
		r.data.Importance, r.stato.Importance = importance(s.Stato)
		r.data.SetText(s.Data.String())
		r.titolo.SetText(s.Titolo)
		r.stato.SetText(s.TestoStato())
		r.row.Show()
	}
	p.summarize(ss, open, err)
}

// summarize counts the late and the close, or says all is in order.
func (p *Prossime) summarize(ss, open []model.Scadenza, err error) {
	var late, close int
	for _, s := range open {
		switch s.Stato {
		case model.ScadenzaInRitardo:
			late++
		case model.ScadenzaVicina:
			close++
		}
	}
	var parts []string
	if late > 0 {
		parts = append(parts, lang.L("scadenze.conta.ritardo", map[string]any{"N": late}))
	}
	if close > 0 {
		parts = append(parts, lang.L("scadenze.conta.vicine", map[string]any{"N": close}))
	}
	if rest := len(open) - late - close; rest > 0 {
		parts = append(parts, lang.L("scadenze.conta.da.fare", map[string]any{"N": rest}))
	}
	text := strings.Join(parts, ", ")
	switch {
	case err != nil:
		text, p.summary.Importance = err.Error(), widget.DangerImportance
	case len(ss) == 0:
		text, p.summary.Importance = lang.L("scadenze.nessuna"), widget.MediumImportance
	case late > 0:
		p.summary.Importance = widget.DangerImportance
	case close > 0:
		p.summary.Importance = widget.WarningImportance
	default:
		text = lang.L("scadenze.riepilogo.in.regola")
		p.summary.Importance = widget.SuccessImportance
	}
	p.summary.SetText(text)
}

// aperte are the deadlines not yet met, the late ones first, then the
// close ones, then the others, each group by date.
func aperte(ss []model.Scadenza) []model.Scadenza {
	rank := map[model.StatoScadenza]int{model.ScadenzaInRitardo: 0, model.ScadenzaVicina: 1}
	var out []model.Scadenza
	for _, s := range ss {
		if s.Stato != model.ScadenzaFatta {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b model.Scadenza) int {
		ra, ok := rank[a.Stato]
		if !ok {
			ra = 2
		}
		rb, ok := rank[b.Stato]
		if !ok {
			rb = 2
		}
		return cmp.Or(cmp.Compare(ra, rb), strings.Compare(a.Data.ISO(), b.Data.ISO()))
	})
	return out
}
