package report

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"pianoperformance/model"
)

// Variazione is a variation of the plan to print: the version it starts
// from, the plan after it and, once the Giunta has approved it, the
// variation's own version. With A nil the changes are not yet approved and
// the document is a proposal, to attach to the resolution.
type Variazione struct {
	Prima, Dopo *model.Plan
	Da          model.Versione
	A           *model.Versione
}

// WriteVariazione prints the Variazione al Piano: the resolution, the
// reason and every change, old and new text side by side.
func WriteVariazione(w io.Writer, v Variazione, opt Options) error {
	if v.Prima == nil || v.Dopo == nil {
		return errors.New("mancano le versioni del piano da confrontare")
	}
	mm := model.Confronta(v.Prima, v.Dopo)
	if len(mm) == 0 {
		return errors.New("nessuna differenza tra le due versioni: non c'è una variazione da stampare")
	}
	if opt.Printed.IsZero() {
		opt.Printed = time.Now()
	}
	opt.Versione = nil // the document says itself which versions it compares
	p := v.Dopo
	anno := annoPiano(p)
	what := "Proposta di variazione"
	if v.A != nil {
		what = v.A.Etichetta()
	}
	title := what + " al Piano della Performance " + anno
	d := newDoc(p, true, title, title+" — elenco delle modifiche", opt)
	d.short = "Piano della Performance " + anno + " — " + what
	d.newPage()
	d.variazioneTesta(v, mm, title)
	groups := gruppiModifiche(mm)
	for i, g := range groups {
		d.gruppoModifiche(g, i == 0 || groups[i-1].sezione != g.sezione)
		opt.progress(i+1, len(groups))
	}
	d.variazioneChiusura(v)
	return d.output(w)
}

// variazioneTesta is the first block: what is varied, by which act, why.
func (d *doc) variazioneTesta(v Variazione, mm []model.Modifica, title string) {
	d.heading(strings.ToUpper(title), 15)
	p := v.Dopo
	kv := newTable(d, 9.5, col{w: 60, label: true}, col{w: d.width() - 60})
	span := ""
	if p.Piano.AnnoInizio > 0 && p.Piano.AnnoFine >= p.Piano.AnnoInizio {
		span = fmt.Sprintf(" — triennio %d–%d", p.Piano.AnnoInizio, p.Piano.AnnoFine)
	}
	kv.row(txt("Piano"), txt(strings.TrimSpace(p.Piano.Titolo+" "+annoPiano(p))+span))
	kv.row(txt("Versione di partenza"), txt(fmt.Sprintf("%s — %s (versione n. %d)", v.Da.Etichetta(), v.Da.Atto.Testo(), v.Da.Numero)))
	if v.A != nil {
		kv.row(txt("Approvata con"), bold(capitalize(v.A.Atto.Testo())))
		kv.row(txt("Motivo della variazione"), txt(v.A.Motivo))
	} else {
		kv.row(txt("Da approvare con"), txt(attoText(model.Atto{Organo: model.OrganoGiunta})))
		kv.row(txt("Motivo della variazione"), txt("\n\n"))
	}
	kv.row(txt("Modifiche"), txt(model.RiassuntoModifiche(mm)))
	if v.A != nil {
		kv.row(txt("Impronta SHA-256 del testo variato"), cell{text: v.A.Impronta, style: "I", color: colMuted})
	}
	if v.A == nil {
		d.space(2)
		d.font("B", 10)
		d.color(colWarn)
		d.pdf.SetX(d.left - d.pdf.GetCellMargin())
		d.pdf.CellFormat(d.width(), 6, "PROPOSTA — modifiche non ancora approvate dalla Giunta", "", 1, "L", false, 0, "")
		d.color(colInk)
	}
	d.space(4)
	d.paragraphsStyled("Le modifiche sono elencate nell'ordine del documento; per ciascuna il testo della versione di partenza e quello variato. "+
		"I risultati, lo stato di attuazione e gli altri dati del monitoraggio non sono variazioni del piano e non sono elencati.", "I", 8.5)
	d.space(4)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// gruppo di modifiche: the changes of one record, consecutive in the list.
type gruppoMod struct {
	sezione, oggetto string
	mm               []model.Modifica
}

func gruppiModifiche(mm []model.Modifica) []gruppoMod {
	var out []gruppoMod
	for _, m := range mm {
		if n := len(out); n > 0 && out[n-1].sezione == m.Sezione && out[n-1].oggetto == m.Oggetto {
			out[n-1].mm = append(out[n-1].mm, m)
			continue
		}
		out = append(out, gruppoMod{m.Sezione, m.Oggetto, []model.Modifica{m}})
	}
	// Sections in the document's order, records in the order found.
	order := []string{model.SezioneEnte, model.SezioneTerritorio, model.SezionePopolazione,
		model.SezioneOrganizzazione, model.SezioneServizi, model.SezioneObiettivi}
	slices.SortStableFunc(out, func(a, b gruppoMod) int { return slices.Index(order, a.sezione) - slices.Index(order, b.sezione) })
	return out
}

func tipoModifica(t model.TipoModifica) string {
	switch t {
	case model.ModificaAggiunto:
		return "Aggiunto"
	case model.ModificaRimosso:
		return "Eliminato"
	case model.ModificaSpostato:
		return "Spostato"
	}
	return "Modificato"
}

// gruppoModifiche prints one record's changes: a band with its name, then
// a row per change with the old and the new text.
func (d *doc) gruppoModifiche(g gruppoMod, newSection bool) {
	t := newTable(d, 8.5, col{title: "Voce", w: 64}, col{title: "Modifica", w: 20},
		col{title: "Testo precedente", w: 95}, col{title: "Testo variato", w: 95})
	t.fitWidths()
	t.header = true
	t.before = func() { d.bandaModifica(g.oggetto + " (segue)") }
	rows := make([][]cell, len(g.mm))
	for i, m := range g.mm {
		voce := m.Campo
		if voce == "" {
			voce = "Intero elemento"
		}
		prima, dopo := m.Prima, m.Dopo
		if prima == "" {
			prima = "—"
		}
		if dopo == "" {
			dopo = "—"
		}
		rows[i] = []cell{txt(voce), bold(tipoModifica(m.Tipo)), {text: prima, color: colMuted}, txt(dopo)}
	}
	head := 8.0
	if newSection {
		d.space(3)
		head += 10
	}
	d.ensure(head + t.headerHeight() + min(t.rowHeight(rows[0]), 40))
	if newSection {
		d.heading(model.TitoloSezione(g.sezione), 12)
	}
	d.bandaModifica(g.oggetto)
	t.drawHeader()
	for _, r := range rows {
		t.row(r...)
	}
	d.space(4)
}

// bandaModifica is the tinted band naming the record changed.
func (d *doc) bandaModifica(s string) {
	pdf := d.pdf
	d.font("B", 9.5)
	ls := d.layout(s, d.width()-4)
	h := heightOf(ls, 4.6) + 2.4
	d.ensure(h) // and the section's heading, queued, goes first
	d.font("B", 9.5)
	y := d.y()
	d.fill(colLabel)
	pdf.Rect(d.left, y, d.width(), h, "F")
	d.color(colAccent)
	d.drawLines(ls, d.left+2-pdf.GetCellMargin(), y+1.2, d.width()-4, 4.6, "L")
	d.color(colInk)
	pdf.SetXY(d.left, y+h)
}

// variazioneChiusura is the closing: where the variation stands and the
// Segretario's signature.
func (d *doc) variazioneChiusura(v Variazione) {
	const h = 34
	d.space(4)
	d.ensure(h)
	pdf := d.pdf
	y := d.y()
	d.draw(colBorder)
	pdf.Line(d.left, y, d.right, y)
	d.font("", 9.5)
	pdf.SetXY(d.left-pdf.GetCellMargin(), y+3)
	text := "Allegato alla " + attoText(model.Atto{Organo: model.OrganoGiunta})
	if v.A != nil {
		text = "Variazione approvata con " + v.A.Atto.Testo() + "."
	}
	pdf.CellFormat(d.width(), 5, text, "", 0, "L", false, 0, "")
	x := d.right - 90
	pdf.SetXY(x, y+11)
	d.font("B", 9.5)
	pdf.CellFormat(80, 5, "Il Segretario comunale", "", 0, "C", false, 0, "")
	if s := segretario(v.Dopo); s != "" {
		d.font("I", 8.5)
		d.color(colMuted)
		pdf.SetXY(x, y+16)
		pdf.CellFormat(80, 4.5, s, "", 0, "C", false, 0, "")
		d.color(colInk)
	}
	d.draw(colInk)
	pdf.Line(x+8, y+29, x+72, y+29)
	pdf.SetXY(d.left, y+h)
}
