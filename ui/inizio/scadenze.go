package inizio

import (
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

// Scadenze is the screen of the cycle's deadlines, every one with its
// legal source, its date and where it stands today (late ones in red),
// the settings that move the plan's own deadline, and the calendar
// export. The start screen shows the open ones in short (Prossime).
type Scadenze struct {
	s  *session.Session
	w  fyne.Window
	az Azioni

	bilancio *field.Field[*model.Date]
	regola   *widget.Select
	list     *fyne.Container
	summary  *widget.Label
	calendar *widget.Button
	msg      *widget.Label
	content  fyne.CanvasObject
	scroll   *container.Scroll

	ss   []model.Scadenza
	rows []scadRow
}

// scadRow is what a deadline's row shows.
type scadRow struct {
	data, titolo, stato *widget.Label
	azione              *widget.Button // nil when nothing can be done here
}

// regole are the rules for the plan's deadline, in the order offered.
var regole = []model.RegolaTermine{model.RegolaApprovazioneBilancio, model.RegolaTermineBilancio, model.Regola31Gennaio}

func regolaLabel(r model.RegolaTermine) string {
	switch r {
	case model.RegolaTermineBilancio:
		return lang.L("scadenze.regola.termine")
	case model.Regola31Gennaio:
		return lang.L("scadenze.regola.31gennaio")
	}
	return lang.L("scadenze.regola.approvazione")
}

// NewScadenze builds the screen.
func NewScadenze(s *session.Session, w fyne.Window, az Azioni) *Scadenze {
	p := &Scadenze{s: s, w: w, az: az}
	p.bilancio = field.NewOptDate(func(d *model.Date) error {
		sc := p.s.Plan.Scadenzario.Clone()
		sc.ApprovazioneBilancio = d
		return p.s.SaveScadenzario(lang.L("scadenze.bilancio"), sc)
	})
	var opts []string
	for _, r := range regole {
		opts = append(opts, regolaLabel(r))
	}
	p.regola = widget.NewSelect(opts, func(v string) {
		for _, r := range regole {
			if regolaLabel(r) == v && r != p.s.Plan.Scadenzario.Regola {
				sc := p.s.Plan.Scadenzario.Clone()
				sc.Regola = r
				_ = p.s.SaveScadenzario(lang.L("scadenze.regola"), sc)
			}
		}
	})
	p.list = container.NewVBox()
	p.summary = widget.NewLabel("")
	p.summary.Wrapping = fyne.TextWrapWord
	p.summary.TextStyle.Bold = true
	p.msg = widget.NewLabel("")
	p.msg.Wrapping = fyne.TextWrapWord
	p.msg.Hide()
	p.calendar = widget.NewButtonWithIcon(lang.L("scadenze.calendario"), theme.DownloadIcon(), func() {
		if p.az.Calendario != nil {
			p.az.Calendario(p.ss)
		}
	})
	settings := field.NewForm().
		Add(lang.L("scadenze.bilancio"), p.bilancio).
		Add(lang.L("scadenze.regola"), p.regola)
	rule := widget.NewLabel(lang.L("scadenze.regola.spiega"))
	rule.Wrapping = fyne.TextWrapWord
	rule.TextStyle.Italic = true
	rule.SizeName = theme.SizeNameCaptionText
	p.content = container.NewVBox(p.summary, settings, rule, widget.NewSeparator(), p.msg, p.list, container.NewHBox(p.calendar))
	p.scroll = container.NewVScroll(container.NewPadded(p.content))
	p.Refresh()
	return p
}

func (p *Scadenze) Title() string              { return lang.L("scadenze.titolo") }
func (p *Scadenze) Content() fyne.CanvasObject { return p.scroll }

// Browsing is what works for a role that may not change the deadlines:
// their calendar file.
func (p *Scadenze) Browsing() []fyne.CanvasObject { return []fyne.CanvasObject{p.calendar} }

// List is the deadlines shown, in order; Row(i) their widgets. For tests.
func (p *Scadenze) List() []model.Scadenza { return p.ss }
func (p *Scadenze) Row(i int) (data, stato *widget.Label, azione *widget.Button) {
	r := p.rows[i]
	return r.data, r.stato, r.azione
}

// Bilancio and Regola are the settings' widgets, for tests.
func (p *Scadenze) Bilancio() *field.Field[*model.Date] { return p.bilancio }
func (p *Scadenze) Regola() *widget.Select              { return p.regola }

// Refresh computes the deadlines as they stand today.
func (p *Scadenze) Refresh() {
	sc := p.s.Plan.Scadenzario
	p.bilancio.SetValue(sc.ApprovazioneBilancio)
	f := p.regola.OnChanged
	p.regola.OnChanged = nil
	p.regola.SetSelected(regolaLabel(sc.Regola))
	p.regola.OnChanged = f

	ss, err := p.s.Scadenze()
	p.ss = ss
	p.msg.Hide()
	switch {
	case err != nil:
		p.msg.SetText(err.Error())
		p.msg.Show()
	case p.s.Viewing() != nil: // a version has no deadlines of its own
		p.msg.SetText(lang.L("scadenze.versione"))
		p.msg.Show()
	case len(ss) == 0:
		p.msg.SetText(lang.L("scadenze.nessuna"))
		p.msg.Show()
	}
	p.list.Objects = nil
	p.rows = nil
	for _, s := range ss {
		p.addRow(s)
	}
	p.summarize(ss)
	p.list.Refresh()
	if len(ss) == 0 {
		p.calendar.Disable()
	} else {
		p.calendar.Enable()
	}
}

func (p *Scadenze) addRow(s model.Scadenza) {
	r := scadRow{
		data:   widget.NewLabelWithStyle(s.Data.String(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		titolo: widget.NewLabelWithStyle(s.Titolo, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		stato:  widget.NewLabel(s.TestoStato()),
	}
	r.titolo.Wrapping = fyne.TextWrapWord
	r.data.Importance, r.stato.Importance = importance(s.Stato)
	r.stato.TextStyle.Bold = s.Stato == model.ScadenzaInRitardo || s.Stato == model.ScadenzaVicina
	note := s.Fonte
	if s.Nota != "" {
		note += "\n" + s.Nota
	}
	if s.NoteFatta != "" {
		note += "\n" + lang.L("scadenze.note.fatto", map[string]any{"Note": s.NoteFatta})
	}
	fonte := widget.NewLabel(note)
	fonte.Wrapping = fyne.TextWrapWord
	fonte.TextStyle.Italic = true
	fonte.SizeName = theme.SizeNameCaptionText
	switch {
	case s.Fatta == nil:
		r.azione = widget.NewButtonWithIcon(lang.L("scadenze.fatto"), theme.ConfirmIcon(), func() { askDone(p.s, p.w, s) })
	case p.recorded(s.Chiave):
		r.azione = widget.NewButtonWithIcon(lang.L("scadenze.da.fare"), theme.ContentUndoIcon(), func() {
			_ = p.s.TogliFatto(lang.L("scadenze.da.fare.cosa", map[string]any{"Titolo": s.Titolo}), s.Chiave)
		})
	}
	p.rows = append(p.rows, r)
	var right fyne.CanvasObject
	if r.azione != nil {
		right = container.NewVBox(r.azione)
	}
	p.list.Add(container.NewBorder(nil, widget.NewSeparator(), container.NewVBox(r.data), right,
		container.NewVBox(r.titolo, r.stato, fonte)))
}

// summarize says first what needs doing: the deadlines late, then those
// close, each by name; the list below is in the law's order.
func (p *Scadenze) summarize(ss []model.Scadenza) {
	var late, close []string
	for _, s := range ss {
		switch s.Stato {
		case model.ScadenzaInRitardo:
			late = append(late, lang.L("scadenze.riepilogo.voce", map[string]any{"Titolo": s.Titolo, "Data": s.Data.String()}))
		case model.ScadenzaVicina:
			close = append(close, lang.L("scadenze.riepilogo.voce", map[string]any{"Titolo": s.Titolo, "Data": s.Data.String()}))
		}
	}
	var lines []string
	if len(late) > 0 {
		lines = append(lines, lang.L("scadenze.riepilogo.ritardo", map[string]any{"Elenco": strings.Join(late, "; ")}))
	}
	if len(close) > 0 {
		lines = append(lines, lang.L("scadenze.riepilogo.vicine", map[string]any{"Elenco": strings.Join(close, "; ")}))
	}
	switch {
	case len(ss) == 0:
		p.summary.Hide()
		return
	case len(late) > 0:
		p.summary.Importance = widget.DangerImportance
	case len(close) > 0:
		p.summary.Importance = widget.WarningImportance
	default:
		lines = []string{lang.L("scadenze.riepilogo.in.regola")}
		p.summary.Importance = widget.SuccessImportance
	}
	p.summary.SetText(strings.Join(lines, "\n"))
	p.summary.Show()
	p.summary.Refresh()
}

// Summary is what the panel says first, for tests.
func (p *Scadenze) Summary() string { return p.summary.Text }

// recorded tells whether the comune marked the deadline done here (and
// not, say, through the adoption's resolution).
func (p *Scadenze) recorded(chiave string) bool {
	for _, a := range p.s.Plan.Scadenzario.Adempimenti {
		if a.Chiave == chiave {
			return true
		}
	}
	return false
}

// Show scrolls to the row of the deadline a finding is about and
// focuses its button.
func (p *Scadenze) Show(t session.Target) {
	for i, s := range p.ss {
		if s.Chiave != t.Campo {
			continue
		}
		p.scroll.ScrollToOffset(fyne.NewPos(0, p.list.Position().Y+p.list.Objects[i].Position().Y))
		if c := fyne.CurrentApp().Driver().CanvasForObject(p.content); c != nil && p.rows[i].azione != nil {
			c.Focus(p.rows[i].azione)
		}
	}
}

// importance colours a deadline's date and state, here and on Inizio: red
// when late, amber when close, green when met.
func importance(st model.StatoScadenza) (data, stato widget.Importance) {
	switch st {
	case model.ScadenzaInRitardo:
		return widget.DangerImportance, widget.DangerImportance
	case model.ScadenzaVicina:
		return widget.MediumImportance, widget.WarningImportance
	case model.ScadenzaFatta:
		return widget.MediumImportance, widget.SuccessImportance
	}
	return widget.MediumImportance, widget.MediumImportance
}
