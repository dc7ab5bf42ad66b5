package cruscotto

import (
	"math"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/chart"
	"pianoperformance/model"
	"pianoperformance/ui/chartview"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// aree is the progress of every Area: the chart of the printed dashboard
// (computed in blue, the Nucleo's figure in orange where it differs) and
// the figures under it.
type aree struct {
	s     *session.Session
	head  *field.Line
	chart *chartview.View
	rows  *fyne.Container // a line per Area
	// drawn is what the chart shows (or is being drawn): a change that
	// leaves every Area's figure as it was draws nothing again.
	drawn     []chart.Barra
	drawnName string
	content   fyne.CanvasObject
}

// drawAree builds the chart; a variable so a test can count the drawings.
var drawAree = func(bars []chart.Barra, title string) (*chart.Figure, error) {
	return chart.RisultatiFigure(title, bars)
}

func newAree(s *session.Session) *aree {
	a := &aree{s: s}
	a.head = field.NewLineWithStyle("", fyne.TextStyle{Bold: true})
	a.chart = chartview.New(fyne.NewSize(480, 260))
	a.rows = container.NewVBox()
	a.content = container.NewBorder(a.head, a.rows, nil, nil, a.chart)
	return a
}

func (a *aree) Title() string              { return lang.L("cruscotto.aree") }
func (a *aree) Content() fyne.CanvasObject { return a.content }

// Bars are the Areas of a measurement as the chart draws them.
func Bars(v *model.Valutazione) []chart.Barra {
	var out []chart.Barra
	for _, x := range v.Aree {
		b := chart.Barra{Nome: x.Nome(), Calcolato: x.Percentuale}
		if x.Validata != nil && (x.Percentuale == nil || math.Abs(*x.Validata-*x.Percentuale) > 0.005) {
			b.Validato = x.Validata
		}
		out = append(out, b)
	}
	return out
}

func (a *aree) Refresh() { a.show(misura(a.s)) }

// Show answers the start screen's target of the cycle's dashboard (Campo
// "ciclo"): the panels of the year start here.
func (a *aree) Show(t session.Target) bool { return t.Campo == "ciclo" }

// show draws a measurement.
func (a *aree) show(m *Misura) {
	a.head.SetText(lang.L("cruscotto.nessuna.verifica"))
	if m.Val != nil {
		a.head.SetText(lang.L("cruscotto.intestazione", map[string]any{"Data": m.Val.Verifica.Data.String(),
			"Ente": perc(m.Val.Ente.Percentuale), "Validato": validato(m.Val.Ente.Validata)}))
	}
	if m.Val == nil || len(m.Val.Aree) == 0 {
		a.drawn, a.drawnName = nil, ""
		note := lang.L("cruscotto.aree.vuoto")
		if m.Val == nil {
			note = lang.L("cruscotto.senza.verifiche")
		}
		a.chart.Clear(note)
		a.rows.Objects = nil
		a.rows.Refresh()
		return
	}
	var rows []fyne.CanvasObject
	for _, x := range m.Val.Aree {
		t := lang.L("cruscotto.area.riga", map[string]any{"Area": x.Nome(), "Perc": perc(x.Percentuale), "N": len(x.Obiettivi)})
		if x.Validata != nil && perc(x.Validata) != perc(x.Percentuale) {
			t += validato(x.Validata)
		}
		if x.Quota != nil {
			t += lang.L("cruscotto.quota", map[string]any{"Perc": perc(x.Quota)})
		}
		if x.Azzerata {
			t += lang.L("cruscotto.azzerata")
		}
		rows = append(rows, field.NewLine(t))
	}
	a.rows.Objects = rows
	a.rows.Refresh()
	bars := Bars(m.Val)
	title := lang.L("cruscotto.grafico", map[string]any{"Data": m.Val.Verifica.Data.String()})
	if title == a.drawnName && reflect.DeepEqual(bars, a.drawn) {
		return
	}
	a.drawn, a.drawnName = bars, title
	a.chart.SetFigure(func() (*chart.Figure, error) { return drawAree(bars, title) })
}
