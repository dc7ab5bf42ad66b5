package report

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"pianoperformance/chart"
	"pianoperformance/model"
)

// The dashboard for the Giunta: one landscape page per Area at a
// checkpoint, with the Area's result, its objectives as bars, what needs
// attention and what falls due next.

const (
	cruscottoBarre = 14 // objectives drawn as bars, the lowest first when more
	cruscottoRighe = 5  // rows of each list
)

func writeCruscotto(w io.Writer, p *model.Plan, sel Selection, opt Options) error {
	val, err := valutaScelta(p, sel.VerificaID)
	if err != nil {
		return err
	}
	v := val.Verifica
	var aree []*model.EsitoArea
	for i := range val.Aree {
		a := &val.Aree[i]
		if sel.AreaID == 0 || (a.Area != nil && a.Area.ID == sel.AreaID) {
			aree = append(aree, a)
		}
	}
	if len(aree) == 0 {
		return fmt.Errorf("nessun obiettivo misurato %s nella selezione", v.Etichetta())
	}
	title := "Cruscotto per Area al " + v.Data.String()
	d := newDoc(p, true, title, title+" — "+titoloPiano(p), opt)
	d.short = nomeComune(p.Ente) + " — " + title
	for i, a := range aree {
		d.sub = a.Nome() // before the page: its header shows it
		d.newPage()
		d.cruscotto(val, a)
		opt.progress(i+1, len(aree))
	}
	return d.output(w)
}

func (d *doc) cruscotto(val *model.Valutazione, a *model.EsitoArea) {
	d.heading(a.Nome(), 15)
	// The heading spans the page: draw it before the columns narrow it.
	d.ensure(100)
	top := d.y()
	// Left: the figures.
	leftW := 84.0
	saveL, saveR := d.left, d.right
	d.right = d.left + leftW
	counts := make([]int, len(model.ClassiEsito))
	risk, late := 0, 0
	for _, e := range a.Obiettivi {
		counts[model.ClasseEsito(e.Conta())]++
		risk += e.Rischi()
		late += len(model.FasiInRitardo(*e.Obiettivo, val.Verifica.Data))
	}
	big := newTable(d, 9, col{w: leftW})
	big.row(cell{text: "Raggiungimento dell'Area al " + val.Verifica.Data.String(), style: "B", fill: colHeadFill, color: colAccent})
	d.ensure(14)
	d.font("B", 26)
	d.color(colAccent)
	d.pdf.SetXY(d.left-d.pdf.GetCellMargin(), d.y()+1)
	d.pdf.CellFormat(leftW, 13, percText(a.Percentuale), "", 1, "C", false, 0, "")
	d.color(colInk)
	d.record(evContent, percText(a.Percentuale))
	rows := [][2]string{
		{"Validato dal Nucleo", percText(a.Validata)},
		{"Quota di incentivo", percText(a.Quota)},
		{"Obiettivi misurati", strconv.Itoa(len(a.Obiettivi))},
	}
	for i, c := range counts {
		rows = append(rows, [2]string{"– " + model.ClassiEsito[i], strconv.Itoa(c)})
	}
	rows = append(rows, [2]string{"Indicatori a rischio o critici", strconv.Itoa(risk)}, [2]string{"Fasi in ritardo", strconv.Itoa(late)})
	if a.Azzerata {
		rows = append(rows, [2]string{"Prerequisito", "mancato: risultato azzerato"})
	}
	tb := newTable(d, 8.5, col{w: 58, label: true}, col{w: leftW - 58, align: "R"})
	for _, r := range rows {
		tb.row(txt(r[0]), txt(r[1]))
	}
	leftBottom := d.y()
	d.left, d.right = saveL, saveR
	// Right: the objectives as bars.
	bars, note := barreObiettivi(a.Obiettivi)
	chartX, chartW := d.left+leftW+8, d.width()-leftW-8
	hChart := leftBottom - top
	hChart = max(hChart, 100)
	if f, err := chart.RisultatiFigure("Obiettivi dell'Area"+note, bars); err == nil {
		drawFigure(d, "cruscotto-"+strconv.Itoa(d.pdf.PageNo()), chartX, top, chartW, hChart, f.Draw)
		d.record(evContent, "Obiettivi dell'Area")
	}
	d.pdf.SetY(max(leftBottom, top+hChart) + 5)
	// Below: what needs attention and what falls due, side by side.
	y0 := d.y()
	colW := (d.width() - 8) / 2
	d.right = d.left + colW
	d.lista("Da seguire", a.DaSeguire(val.Verifica.Data), "Nessun indicatore a rischio e nessuna fase in ritardo.")
	yA := d.y()
	d.pdf.SetY(y0)
	d.left, d.right = saveL+colW+8, saveR
	d.lista("Prossime scadenze", a.Prossime(val.Verifica.Data), "Nessuna scadenza aperta dopo la verifica.")
	yB := d.y()
	d.left, d.right = saveL, saveR
	d.pdf.SetY(max(yA, yB) + 2)
	if av := strings.TrimSpace(d.plan.Relazione.Avvertenza); av != "" && d.room() > 8 {
		d.font("I", 7.5)
		d.color(colWarn)
		ls := d.layout(av, d.width())
		d.drawLines(ls[:min(len(ls), int(d.room()/3.4))], d.left-d.pdf.GetCellMargin(), d.y(), d.width(), 3.4, "L")
		d.color(colInk)
	}
}

// barreObiettivi are the bars of an Area's objectives: all of them, or
// the lowest when they are many.
func barreObiettivi(obs []*model.EsitoObiettivo) ([]chart.Barra, string) {
	list := slices.Clone(obs)
	note := ""
	if len(list) > cruscottoBarre {
		slices.SortStableFunc(list, func(x, y *model.EsitoObiettivo) int {
			return cmpPerc(x.Conta(), y.Conta())
		})
		list = list[:cruscottoBarre]
		note = fmt.Sprintf("\ni %d con il raggiungimento più basso su %d", cruscottoBarre, len(obs))
	}
	var bars []chart.Barra
	for _, e := range list {
		name := e.Obiettivo.Codice
		if name == "" {
			name = e.Obiettivo.Intestazione()
		}
		b := chart.Barra{Nome: name, Calcolato: e.Percentuale}
		// The Nucleo's figure is drawn only where it changed the result.
		if e.Validata != nil && (e.Percentuale == nil || math.Abs(*e.Validata-*e.Percentuale) > 0.005) {
			b.Validato = e.Validata
		}
		bars = append(bars, b)
	}
	return bars, note
}

// cmpPerc orders degrees from the lowest; none (in progress) last.
func cmpPerc(a, b *float64) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	case *a < *b:
		return -1
	case *a > *b:
		return 1
	}
	return 0
}

// lista prints a short titled list in the current column, at most
// cruscottoRighe lines and no more than the page holds, saying how many
// more there are: the dashboard stays one page per Area.
func (d *doc) lista(title string, vv []model.VoceCruscotto, none string) {
	tb := newTable(d, 8.5, col{title: title, w: d.width()})
	tb.header = true
	tb.drawHeader()
	if len(vv) == 0 {
		tb.row(cell{text: none, style: "I", color: colMuted})
		return
	}
	altre := func(n int) []cell {
		return []cell{{text: fmt.Sprintf("… e altre %d voci", n), style: "I", color: colMuted}}
	}
	for i, v := range vv {
		t := v.Testo
		if r := []rune(t); len(r) > 150 {
			t = string(r[:150]) + "…"
		}
		row := []cell{txt(t)}
		more := 0.0
		if i+1 < len(vv) {
			more = tb.rowHeight(altre(len(vv) - i - 1))
		}
		if i > 0 && (i == cruscottoRighe || d.room() < tb.rowHeight(row)+more) {
			tb.row(altre(len(vv) - i)...)
			return
		}
		tb.row(row...)
	}
}
