package report

import (
	"fmt"
	"io"
	"strings"

	"pianoperformance/model"
)

// writeSchede prints one sheet per objective for the Giunta's meetings.
func writeSchede(w io.Writer, p *model.Plan, obs []model.Obiettivo, opt Options) error {
	anno := annoPiano(p)
	d := newDoc(p, false, "Piano della Performance "+anno+" — Schede obiettivo",
		"Schede degli obiettivi del Piano della Performance "+anno, opt)
	d.short = "Piano della Performance " + anno + " — Schede obiettivo"
	for i, o := range obs {
		d.title = fmt.Sprintf("Piano della Performance %s — Scheda obiettivo n. %d", anno, i+1)
		d.sub = ""
		if o.Codice != "" {
			d.sub = "Codice obiettivo: " + o.Codice
		}
		d.newPage()
		d.k, d.keepSig = d.fitSheet(o)
		d.scheda(o)
		d.k, d.keepSig = 0, false
		opt.progress(i+1, len(obs))
	}
	return d.output(w)
}

// Compactions tried, in order, to keep a sheet's signature block on the
// page of its last content: a little smaller type and spacing first.
var compactions = []float64{1, 0.92, 0.85, 0.78}

// fitSheet chooses how to print a sheet so that its signature block never
// stands alone on a page: as it is when it fits, else compacted enough for
// the block to join the content; a sheet too long for that keeps its last
// row with the block (keepSig).
func (d *doc) fitSheet(o model.Obiettivo) (k float64, keepSig bool) {
	for _, k := range compactions {
		d.k, d.sigAlone = k, false
		d.measure(func() { d.scheda(o) })
		if !d.sigAlone {
			return k, false
		}
	}
	return 1, true
}

// scheda draws the body of one objective's sheet.
func (d *doc) scheda(o model.Obiettivo) {
	p := d.plan
	area := areaOf(p, o)
	d.areaBar(headingFor(p, o), o.Codice)

	// The title, as the Giunta reads it first.
	if l := o.Livello.Label(); l != "" {
		d.font("B", 8*d.scale())
		d.color(colMuted)
		d.pdf.SetXY(d.left-d.pdf.GetCellMargin(), d.y())
		d.pdf.CellFormat(0, 4.5*d.scale(), strings.ToUpper(l), "", 1, "L", false, 0, "")
	}
	d.heading(o.Intestazione(), 13)

	kv := newTable(d, 9.5, col{w: 46, label: true}, col{w: d.width() - 46})
	rows := [][2]string{}
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			rows = append(rows, [2]string{k, v})
		}
	}
	if area != nil {
		a := area.Nome // the heading as printed is already in the band above
		if area.Responsabile != "" {
			a += "\nResponsabile: " + area.Responsabile
		}
		add("Area", a)
	}
	add("Settore / unità responsabile", strings.Join(p.NomiUnita(o), "\n"))
	var ln []string
	if l := o.Livello.Label(); l != "" {
		ln = append(ln, "Livello: "+strings.ToLower(l))
	}
	if n := o.Natura.Label(); n != "" {
		ln = append(ln, "Natura: "+strings.ToLower(n))
	}
	add("Livello e natura", strings.Join(ln, " — "))
	if o.ParentID != 0 {
		if up := p.ObiettivoByID(o.ParentID); up != nil {
			add("Obiettivo di riferimento", riferimento(*up))
		}
	}
	add("Missione / Programma", model.EtichettaProgramma(o.Programma))
	add("Linea strategica", o.LineaStrategica)
	add("Centro di costo", o.CentroCosto)
	add("Obiettivo", o.Titolo)
	add("Descrizione", o.Descrizione)
	add("Anni interessati", anniText(o.Anni))
	add("Peso", pesoText(o.Peso))
	if o.Segretario {
		add("Scheda del Segretario", "Obiettivo assegnato al Segretario comunale")
	}
	head := rows
	rows = nil
	add("Risorse umane e strumentali", o.Risorse)
	add("Personale coinvolto", o.Personale)
	add("Stato di attuazione", o.StatoAttuazione)
	add("Note", o.Note)
	tail := rows

	// keep is what the last row must keep below it: the signature block,
	// when the sheet is too long to be compacted onto its page.
	keep := func(last bool) float64 {
		if last && d.keepSig {
			return d.approvazioneHeight()
		}
		return 0
	}
	lastInd := len(o.Fasi) == 0 && len(tail) == 0
	lastHead := lastInd && len(o.Indicatori) == 0
	for i, r := range head {
		kv.keepNext = keep(lastHead && i == len(head)-1)
		kv.row(txt(r[0]), txt(r[1]))
	}
	if len(o.Indicatori) > 0 {
		d.space(4)
		d.indicatori(o, keep(lastInd))
	}
	if len(o.Fasi) > 0 {
		d.space(4)
		d.fasi(o, keep(len(tail) == 0))
	}
	if len(tail) > 0 {
		d.space(4)
		for i, r := range tail {
			kv.keepNext = keep(i == len(tail)-1)
			kv.row(txt(r[0]), txt(r[1]))
		}
	}
	d.approvazione(area)
}

// areaBar is the tinted band with the Area's heading, as in the reference.
func (d *doc) areaBar(heading string, codice string) {
	h := strings.ToUpper(heading)
	pdf := d.pdf
	d.font("B", 11)
	cm := pdf.GetCellMargin()
	right := ""
	if codice != "" {
		right = codice
	}
	rw := pdf.GetStringWidth(right) + 2*cm
	ls := d.layout(h, d.width()-rw)
	bh := heightOf(ls, 5.5) + 3
	d.ensure(bh + 20)
	y := d.y()
	d.fill(colAccent)
	pdf.Rect(d.left, y, d.width(), bh, "F")
	pdf.SetTextColor(255, 255, 255)
	d.drawLines(ls, d.left, y+1.5, d.width()-rw, 5.5, "L")
	if right != "" {
		pdf.SetXY(d.right-rw, y+1.5)
		pdf.CellFormat(rw, 5.5, right, "", 0, "R", false, 0, "")
	}
	d.color(colInk)
	pdf.SetXY(d.left, y+bh+3)
	d.record(evHeading, heading)
}

// indicatori is the table of indicators with one target column per year
// that has a target (the plan's span when none has), so short plans leave
// room for long targets.
func (d *doc) indicatori(o model.Obiettivo, keep float64) {
	var anni []int
	for _, a := range targetAnni(d.plan, o) {
		for _, ind := range o.Indicatori {
			if targetDi(ind, a) != "" {
				anni = append(anni, a)
				break
			}
		}
	}
	if len(anni) == 0 {
		anni = targetAnni(d.plan)
	}
	fixed := 23.0 + 20 + 24
	yw := (d.width() - fixed) * 0.55 / float64(max(len(anni), 1))
	cols := []col{{title: "Indicatore", w: d.width() - fixed - yw*float64(len(anni))}, {title: "Tipo", w: 23},
		{title: "Unità di misura", w: 20}, {title: "Baseline", w: 24}}
	for _, a := range anni {
		cols = append(cols, col{title: "Target " + fmt.Sprint(a), w: yw})
	}
	t := newTable(d, 8.5, cols...)
	t.header, t.zebra = true, true
	d.subheading("Indicatori e target")
	for i, ind := range o.Indicatori {
		cs := []cell{txt(nomeIndicatore(ind)), txt(ind.Tipo.Label()), txt(ind.UnitaMisura), txt(baselineText(ind))}
		for _, a := range anni {
			cs = append(cs, txt(targetDi(ind, a)))
		}
		if t.n == 0 {
			t.start(t.rowHeight(cs))
		}
		if i == len(o.Indicatori)-1 {
			t.keepNext = keep
		}
		t.row(cs...)
	}
}

var mesiIniziali = []string{"G", "F", "M", "A", "M", "G", "L", "A", "S", "O", "N", "D"}

// fasi is the table of phases, with a month-by-month bar row when the
// phases say in which months they run.
func (d *doc) fasi(o model.Obiettivo, keep float64) {
	mesi := false
	for _, f := range o.Fasi {
		if len(f.Mesi) > 0 {
			mesi = true
		}
	}
	mw := 0.0
	if mesi {
		mw = 4.6
	}
	cols := []col{{title: "N.", w: 8, align: "C"}, {title: "Fase", w: d.width() - 8 - 20 - 20 - 32 - 12*mw},
		{title: "Inizio", w: 20, align: "C"}, {title: "Fine", w: 20, align: "C"}, {title: "Responsabile", w: 32}}
	if mesi {
		for _, m := range mesiIniziali {
			cols = append(cols, col{title: m, w: mw, align: "C"})
		}
	}
	t := newTable(d, 8.5, cols...)
	t.header = true
	d.subheading("Fasi di attuazione")
	for i, f := range o.Fasi {
		titolo := f.Titolo
		if f.Completata {
			titolo += " (completata)"
		}
		cs := []cell{txt(fmt.Sprint(i + 1)), txt(titolo), txt(dateText(f.Inizio)), txt(dateText(f.Fine)), txt(f.Responsabile)}
		if mesi {
			on := map[int]bool{}
			for _, m := range f.Mesi {
				on[m] = true
			}
			for m := 1; m <= 12; m++ {
				c := txt("")
				if on[m] {
					c.fill = colBar
				}
				cs = append(cs, c)
			}
		}
		if i == 0 {
			t.start(t.rowHeight(cs))
		}
		if i == len(o.Fasi)-1 {
			t.keepNext = keep
		}
		t.row(cs...)
	}
}

func dateText(dt *model.Date) string {
	if dt == nil {
		return ""
	}
	return dt.String()
}

// subheading is a small bold caption kept with what follows.
func (d *doc) subheading(s string) {
	k := d.scale()
	d.keepWithNext(6*k, func() {
		d.font("B", 10*k)
		d.color(colAccent)
		d.pdf.SetXY(d.left-d.pdf.GetCellMargin(), d.y())
		d.pdf.CellFormat(0, 6*k, s, "", 1, "L", false, 0, "")
		d.color(colInk)
		d.pdf.SetX(d.left)
		d.record(evHeading, s)
	})
}
