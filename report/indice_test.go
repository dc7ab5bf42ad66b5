package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pianoperformance/model"
)

// indexPlan has 90 Areas with one objective each: its index, one line per
// Area, runs over several pages.
func indexPlan() *model.Plan {
	p := corpusBase("Indicopoli", 2024)
	p.Capitoli = []model.Capitolo{{ID: 1, Ordine: 1, Titolo: "Gli obiettivi", Sezione: model.SezioneObiettivi}}
	for i := range 90 {
		id := int64(i + 1)
		p.Unita = append(p.Unita, model.Unita{ID: id, Ordine: i + 1, Tipo: model.TipoArea,
			Nome: fmt.Sprintf("Area numero %d dei servizi comunali associati", i+1)})
		p.Obiettivi = append(p.Obiettivi, model.Obiettivo{ID: id, Ordine: 1, AreaID: id, Anni: []int{2024},
			Codice: fmt.Sprintf("OB.%02d", i+1), Titolo: fmt.Sprintf("Obiettivo dell'Area %d", i+1),
			Descrizione: strings.Repeat("Descrizione dell'obiettivo su più righe del documento. ", 12)})
	}
	return p
}

// The index is written onto the pages kept for it after the body is laid
// out: every entry names the page that shows it, every footer counts the
// pages right, and when the estimate of the index's pages is wrong the
// document laid out again (the fallback) is the same document, with the
// layout events of one pass only.
func TestIndexOverSeveralPages(t *testing.T) {
	p := indexPlan()
	write := func(guess int) ([]byte, []layoutEvent) {
		var b bytes.Buffer
		var evs []layoutEvent
		opt := Options{Printed: printed, indexGuess: guess}
		opt.trace = func(e layoutEvent) { evs = append(evs, e) }
		if err := Write(&b, p, Documento, Selection{}, opt); err != nil {
			t.Fatal(err)
		}
		return b.Bytes(), evs
	}
	pdf, evs := write(0)
	pages := pdfToText(t, pdf, "-layout")
	checkFlow(t, evs)

	for i, pg := range pages {
		if !strings.Contains(pg, fmt.Sprintf("Pagina %d di %d", i+1, len(pages))) {
			t.Errorf("pagina %d: piè di pagina sbagliato", i+1)
		}
	}
	// The index: from page 2 to the first page without entries.
	entry := regexp.MustCompile(`^\s*(\S.*?\S)\s{2,}(\d+)\s*$`)
	indexPages, areas := 0, 0
	for i := 1; i < len(pages); i++ {
		found := false
		for _, ln := range strings.Split(pages[i], "\n") {
			m := entry.FindStringSubmatch(ln)
			if m == nil || strings.HasPrefix(strings.TrimSpace(m[1]), "Stampato il") {
				continue
			}
			found = true
			n, _ := strconv.Atoi(m[2])
			if n <= i+1 || n > len(pages) || !strings.Contains(strings.ToLower(squash(pages[n-1])), strings.ToLower(squash(m[1]))) {
				t.Errorf("indice, pagina %d: %q a pagina %d, che non lo mostra", i+1, m[1], n)
			}
			if strings.HasPrefix(m[1], "Area numero") {
				areas++
			}
		}
		if !found {
			break
		}
		indexPages++
	}
	if indexPages < 3 || areas != 90 {
		t.Fatalf("indice su %d pagine con %d Aree; attese almeno 3 pagine e 90 Aree", indexPages, areas)
	}

	for _, guess := range []int{1, indexPages + 1} {
		again, evs2 := write(guess)
		if got := pdfToText(t, again, "-layout"); strings.Join(got, "\f") != strings.Join(pages, "\f") {
			t.Errorf("con %d pagine d'indice previste il documento cambia", guess)
		}
		if len(evs2) != len(evs) {
			t.Errorf("con %d pagine d'indice previste: %d eventi di impaginazione, attesi %d", guess, len(evs2), len(evs))
		}
	}
}
