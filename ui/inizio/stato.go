package inizio

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// Stato is the panel of where the plan stands: a draft, adopted or varied
// (with its versions), and what changed since its last version.
type Stato struct {
	s  *session.Session
	az Azioni

	head, detail *widget.Label
	changes      *widget.Label
	vedi         *widget.Button
	adotta       *widget.Button
	varia        *widget.Button
	versions     *fyne.Container
	tutte        *widget.Button
	content      fyne.CanvasObject

	mods []model.Modifica // the changes not yet registered, as last computed
}

// NewStato builds the panel.
func NewStato(s *session.Session, az Azioni) *Stato {
	p := &Stato{s: s, az: az}
	p.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.head.SizeName = theme.SizeNameSubHeadingText
	p.head.Wrapping = fyne.TextWrapWord
	p.detail = widget.NewLabel("")
	p.detail.Wrapping = fyne.TextWrapWord
	p.changes = widget.NewLabel("")
	p.changes.Wrapping = fyne.TextWrapWord
	p.vedi = widget.NewButtonWithIcon(lang.L("inizio.vedi.modifiche"), theme.VisibilityIcon(), call(az.Modifiche))
	p.adotta = widget.NewButtonWithIcon(lang.L("menu.adotta"), theme.ConfirmIcon(), call(az.Adotta))
	p.adotta.Importance = widget.HighImportance
	p.varia = widget.NewButtonWithIcon(lang.L("menu.varia"), theme.DocumentSaveIcon(), call(az.Varia))
	p.versions = container.NewVBox()
	p.tutte = widget.NewButtonWithIcon(lang.L("inizio.versioni"), theme.HistoryIcon(), func() {
		if az.Versioni != nil {
			az.Versioni(0)
		}
	})
	p.content = container.NewVBox(p.head, p.detail, p.changes,
		container.NewHBox(p.adotta, p.varia, p.vedi), p.versions, container.NewHBox(p.tutte))
	return p
}

func call(f func()) func() {
	return func() {
		if f != nil {
			f()
		}
	}
}

func (p *Stato) Title() string              { return lang.L("inizio.stato") }
func (p *Stato) Content() fyne.CanvasObject { return p.content }

// Browsing is what still works on a version shown read-only, or for a
// role that may not change the plan: the list of versions and the changes
// not yet registered (which a version does not show).
func (p *Stato) Browsing() []fyne.CanvasObject {
	return []fyne.CanvasObject{p.versions, p.tutte, p.vedi}
}

// Modifiche are the changes not yet registered, as the panel shows them.
func (p *Stato) Modifiche() []model.Modifica { return p.mods }

// Headline is what the panel says of the plan, for tests.
func (p *Stato) Headline() string { return p.head.Text }

// Refresh reads where the plan stands.
func (p *Stato) Refresh() {
	p.mods = nil
	for _, o := range []fyne.CanvasObject{p.adotta, p.varia, p.vedi, p.changes, p.tutte} {
		o.Hide()
	}
	if v := p.s.Viewing(); v != nil {
		p.head.SetText(lang.L("inizio.versione.titolo", map[string]any{"N": v.Numero, "Etichetta": v.Etichetta()}))
		p.detail.SetText(lang.L("inizio.versione.spiega", map[string]any{"Dicitura": v.Dicitura()}))
		p.tutte.Show()
		p.showVersions()
		return
	}
	vv, err := p.s.Versioni()
	if err != nil {
		p.head.SetText(lang.L("inizio.errore"))
		p.detail.SetText(err.Error())
		return
	}
	p.tutte.Show()
	if len(vv) == 0 {
		p.head.SetText(lang.L("inizio.stato.bozza"))
		p.detail.SetText(lang.L("inizio.bozza.spiega"))
		if pi := p.s.Plan.Piano; pi.Stato != "" && pi.Stato != model.StatoBozza {
			// Adopted before the program kept versions: the text is not kept.
			p.head.SetText(lang.L("inizio.stato.senza.versione", map[string]any{"Stato": pi.Stato.Label()}))
			p.detail.SetText(lang.L("inizio.senza.versione.spiega"))
		}
		p.adotta.Show()
		p.showVersions()
		return
	}
	last := vv[len(vv)-1]
	if len(vv) == 1 {
		p.head.SetText(lang.L("inizio.stato.adottato", map[string]any{"Atto": last.Atto.Testo()}))
	} else {
		p.head.SetText(lang.L("inizio.stato.variato", map[string]any{"Ultima": last.Etichetta(), "Atto": last.Atto.Testo()}))
	}
	p.detail.SetText(lang.L("inizio.dopo.adozione"))
	p.varia.Show()
	p.changes.Show()
	mods, err := p.s.NonRegistrate()
	switch {
	case err != nil:
		p.changes.SetText(err.Error())
	case len(mods) == 0:
		p.changes.SetText(lang.L("inizio.modifiche.nessuna", map[string]any{"N": last.Numero}))
	default:
		p.mods = mods
		p.changes.SetText(TestoModifiche(mods))
		p.vedi.Show()
	}
	p.changes.Importance = widget.MediumImportance
	if len(mods) > 0 {
		p.changes.Importance = widget.WarningImportance
	}
	p.changes.Refresh()
	p.showVersions()
}

// TestoModifiche says how many changes there are and of what kind:
// "3 modifiche non ancora registrate: 1 obiettivo aggiunto; …".
func TestoModifiche(mm []model.Modifica) string {
	_, what, _ := strings.Cut(model.RiassuntoModifiche(mm), ": ")
	key := "inizio.modifiche.molte"
	if len(mm) == 1 {
		key = "inizio.modifiche.una"
	}
	return lang.L(key, map[string]any{"N": len(mm), "Cosa": what})
}

// showVersions lists the versions, each with a button to look at it.
func (p *Stato) showVersions() {
	p.versions.Objects = nil
	vv, _ := p.s.Versioni()
	for _, v := range vv {
		n := v.Numero
		text := fmt.Sprintf("%d. %s — %s", v.Numero, v.Etichetta(), v.Atto.Testo())
		if v.Motivo != "" {
			text += "\n" + lang.L("inizio.motivo", map[string]any{"Motivo": v.Motivo})
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		if cur := p.s.Viewing(); cur != nil && cur.Numero == n {
			l.TextStyle.Bold = true
		}
		open := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
			if p.az.Versioni != nil {
				p.az.Versioni(n)
			}
		})
		p.versions.Add(container.NewBorder(nil, nil, nil, open, l))
	}
	p.versions.Refresh()
}
