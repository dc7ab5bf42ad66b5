package report

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

func TestStampeCicloEsempio(t *testing.T) {
	p := examplePlan(t)
	saveStampa(t, "relazione.pdf", render(t, p, Relazione, Selection{}))
	saveStampa(t, "monitoraggio.pdf", render(t, p, Monitoraggio, Selection{VerificaID: 1}))
	saveStampa(t, "cruscotto.pdf", render(t, p, Cruscotto, Selection{}))
}

// The Relazione of the example is a whole document: it says what it is and
// which plan it refers to, carries the notice that the data is
// illustrative, measures every objective with its validated degree and the
// reasons for deviations, and its index points at the right pages.
func TestRelazioneEsempio(t *testing.T) {
	p := examplePlan(t)
	pdf := render(t, p, Relazione, Selection{})
	if !bytes.Equal(pdf, render(t, p, Relazione, Selection{})) {
		t.Error("due stampe con la stessa data differiscono")
	}
	pages := pdfToText(t, pdf, "-layout")
	// Content in drawing order, so that text wrapped inside table cells
	// reads as written.
	all := squash(strings.Join(pdfToText(t, pdf, "-raw"), "\n"))
	cover := squash(pages[0])
	for _, want := range []string{"RELAZIONESULLAPERFORMANCE", "Anno2023", "«PianodellaPerformanceePianodegliObiettivi2023»",
		"Sezione2-P.I.A.O.", "Adottatacondeliberazionedella Giuntacomunalen.58del20/06/2024", "validataconrilievi,verbalen.2/2024",
		"Datidimonitoraggioillustrativi"} {
		if !strings.Contains(cover, squash(want)) {
			t.Errorf("copertina senza %q:\n%s", want, pages[0])
		}
	}
	val, _ := model.ValutaFinale(p)
	for _, want := range []string{
		"Sintesideiprincipalirisultati", "Ilcontestoelerisorse", "Lamisurazionedegliobiettivi", "IrisultatiperAreaedell'ente",
		"LavalidazionedelNucleodiValutazione", "Ilbilanciodigenere",
		squash("Raggiungimento medio degli obiettivi 86,54%"),
		squash("Dopo la validazione del Nucleo 91,96%"),
		// EF.3: late, 0 % computed, 50 % validated with the Nucleo's reason.
		squash("completato il 31/01/2024, 31 giorni dopo la scadenza del 31/12/2023: una scadenza non rispettata vale 0%"),
		squash("50%, verbale n. 2/2024 del 12/06/2024 — Rettificato: ritardo dovuto in parte al fornitore del software."),
		// PT.4: a degree set by hand, printed with who, when and why.
		squash("forzato a 100% da Responsabile Area Polizia Locale – Tributi il 12/01/2024, motivo: incremento del 24%"),
		// TE.3: the cause and the corrective action.
		squash("Causa: Anche la seconda gara è andata deserta."), squash("Azione correttiva: Affidamento diretto previsto"),
		// AM.7 runs into 2024: not measured yet, not missed.
		squash("non ancora completato; scadenza il 31/12/2024"),
		squash("dal 50% al 90% escluso: in proporzione al risultato"),
		squash("Il personale per sesso"),
	} {
		if !strings.Contains(all, want) {
			t.Errorf("la relazione non contiene %q", want)
		}
	}
	for _, e := range val.Obiettivi {
		if !strings.Contains(all, squash(e.Obiettivo.Codice+" — ")) {
			t.Errorf("obiettivo %s non misurato nella relazione", e.Obiettivo.Codice)
		}
	}
	// The index: each chapter is on the page it names.
	entry := regexp.MustCompile(`^(\S.*?\S)\s{2,}(\d+)\s*$`)
	checked := 0
	for _, ln := range strings.Split(pages[1], "\n") {
		m := entry.FindStringSubmatch(ln) // chapters are not indented
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > len(pages) || !strings.Contains(squash(pages[n-1]), squash(strings.ToUpper(m[1]))) {
			t.Errorf("indice: %q a pagina %d, che non lo mostra", m[1], n)
		}
		checked++
	}
	if checked != 6 {
		t.Errorf("indice: verificati %d capitoli, attesi 6:\n%s", checked, pages[1])
	}
}

// A plan that is not part of a PIAO prints its own title and no "P.I.A.O."
// on any of its documents' covers.
func TestCoverSaysWhatTheDocumentIs(t *testing.T) {
	p := examplePlan(t)
	p.Piano.Titolo, p.Piano.Sezione, p.Piano.Sottosezione = "Piano esecutivo di gestione e della performance", "", ""
	for _, c := range []struct {
		k    Kind
		sel  Selection
		want string
	}{
		{Documento, Selection{}, "PIANOESECUTIVODIGESTIONEEDELLAPERFORMANCE"},
		{Relazione, Selection{}, "RELAZIONESULLAPERFORMANCE"},
		{Monitoraggio, Selection{VerificaID: 1}, "REPORTDIMONITORAGGIO"},
	} {
		cover := squash(pdfToText(t, render(t, p, c.k, c.sel), "-layout")[0])
		if !strings.Contains(cover, c.want) || strings.Contains(cover, "P.I.A.O") || strings.Contains(cover, "PIANODELLAPERFORMANCE") {
			t.Errorf("%s: copertina %q", c.k, cover)
		}
		if c.k != Documento && !strings.Contains(cover, squash("«Piano esecutivo di gestione e della performance 2023»")) {
			t.Errorf("%s: la copertina non cita il piano: %q", c.k, cover)
		}
	}
}

// The mid-year report lists what is at risk with cause and corrective
// action, the phases late and the readings missing.
func TestMonitoraggioRiportaRischiEFasi(t *testing.T) {
	p := examplePlan(t)
	o := p.ObiettivoByID(9) // TE.1
	o.Fasi = []model.Fase{
		{ID: 900, Ordine: 1, Titolo: "Ricognizione dei beni", Fine: model.DatePtr(2023, time.April, 30)},
		{ID: 901, Ordine: 2, Titolo: "Aggiornamento dell'inventario", Fine: model.DatePtr(2023, time.March, 31), Completata: true, Completamento: model.DatePtr(2023, time.March, 20)},
	}
	o.Indicatori[0].Risultati = o.Indicatori[0].Risultati[1:] // no reading at 30/06
	all := squash(strings.Join(pdfToText(t, render(t, p, Monitoraggio, Selection{VerificaID: 1}), "-raw"), "\n"))
	for _, want := range []string{
		"REPORTDIMONITORAGGIO", "Verificaintermediaal30/06/2023",
		squash("EF.3 Tempistica a rischio Il nuovo software di contabilità non produce ancora il prospetto mensile."),
		squash("TE.1 — fase «Ricognizione dei beni», fine prevista il 30/04/2023, in ritardo di 61 giorni"),
		squash("TE.1 «TEMPISTICA»"),
		squash("in ritardo di 61 giorni"), squash("completata il 20/03/2023"),
		squash("Il raggiungimento ad oggi misura i valori rilevati alla verifica"),
	} {
		if !strings.Contains(all, want) {
			t.Errorf("il report di monitoraggio non contiene %q", want)
		}
	}
}

// The dashboard is one landscape page per Area, or one for the Area asked.
func TestCruscottoUnaPaginaPerArea(t *testing.T) {
	p := examplePlan(t)
	val, _ := model.ValutaFinale(p)
	pages := pdfToText(t, render(t, p, Cruscotto, Selection{}), "-layout")
	if len(pages) != len(val.Aree) {
		t.Fatalf("%d pagine per %d Aree", len(pages), len(val.Aree))
	}
	for i, a := range val.Aree {
		pg := squash(pages[i])
		if !strings.Contains(pg, squash(a.Nome())) || !strings.Contains(pg, squash("Raggiungimento dell'Area al 31/12/2023")) ||
			!strings.Contains(pg, squash(percText(a.Percentuale))) {
			t.Errorf("pagina %d senza l'Area %s o il suo risultato:\n%s", i+1, a.Nome(), pages[i])
		}
	}
	one := pdfToText(t, render(t, p, Cruscotto, Selection{AreaID: 10}), "-layout")
	if len(one) != 1 || !strings.Contains(squash(one[0]), "AreaTecnica") || !strings.Contains(squash(one[0]), squash("TE.3 «Tempistica»: non raggiunto")) {
		t.Errorf("cruscotto dell'Area Tecnica:\n%s", strings.Join(one, "\f"))
	}
}

// A plan without checkpoints cannot be reported on: the message says what
// to do.
func TestCicloSenzaVerifiche(t *testing.T) {
	p := examplePlan(t)
	p.Verifiche = nil
	for _, k := range []Kind{Relazione, Monitoraggio, Cruscotto} {
		var b bytes.Buffer
		err := Write(&b, p, k, Selection{}, Options{Printed: printed})
		if err == nil || !strings.Contains(err.Error(), "non ha verifiche") {
			t.Errorf("%s: %v", k, err)
		}
	}
	if _, err := ParseKind("Relazione"); err != nil {
		t.Error(err)
	}
	if _, err := ParseKind("bilancio"); err == nil || !strings.Contains(err.Error(), "\"relazione\", \"monitoraggio\" e \"cruscotto\"") {
		t.Errorf("documento sconosciuto: %v", err)
	}
}

// Plans of other comuni fit: an objective with no level and no title, a
// target for the whole span, a strategic line written as text, an
// indicator's criterion, note and baseline year, and indicators of the
// whole ente with their results.
func TestAltriComuniSiStampano(t *testing.T) {
	p := examplePlan(t)
	o := p.ObiettivoByID(2)
	o.Livello, o.Titolo = model.LivelloNonIndicato, ""
	o.Descrizione = "Bilancio di previsione approvato nei termini di legge. Con il parere del Revisore."
	o.LineaStrategica = "Linea 3 – Una macchina comunale efficiente"
	ind := &o.Indicatori[0]
	ind.Target = []model.Target{{Anno: 0, Valore: "Entro il 31/12 di ogni anno"}}
	ind.Criterio, ind.Note, ind.Baseline, ind.AnnoBaseline = "data della delibera consiliare", "termine di legge prorogato", "20/12/2022", 2022
	p.IndicatoriEnte = []model.Indicatore{{ID: 500, Ordine: 1, Nome: "Indicatore di tempestività dei pagamenti (giorni)", Tipo: model.IndNumero,
		Target: []model.Target{{Anno: 0, Valore: "≤ 0"}}, Risultati: []model.Risultato{{ID: 900, VerificaID: 2, Valore: "-4"}}}}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	heading := "EF.2 – Bilancio di previsione approvato nei termini di legge"
	for _, c := range []struct {
		k    Kind
		want []string
	}{
		{Schede, []string{heading, "Linea strategica", "Linea 3 – Una macchina comunale efficiente", "Criterio di verifica: data della delibera consiliare",
			"Nota: termine di legge prorogato", "20/12/2022 (2022)", "Entro il 31/12 di ogni anno"}},
		{Documento, []string{heading, "LINEA STRATEGICA", "Entro il 31/12 di ogni anno"}},
		{Riepilogo, []string{heading}},
		{Relazione, []string{heading, "GLI INDICATORI DELL'ENTE", "Indicatore di tempestività dei pagamenti (giorni)",
			"rilevato -4, target al massimo 0: valore pari o inferiore a zero, il migliore possibile = 100%"}},
	} {
		all := squash(strings.Join(pdfToText(t, render(t, p, c.k, Selection{}), "-raw"), "\n"))
		for _, w := range c.want {
			if !strings.Contains(all, squash(w)) {
				t.Errorf("%s: manca %q", c.k, w)
			}
		}
	}
}

// The notice that the example's data is illustrative prints in its small
// type under every chapter title, not in the title's: a heading is drawn
// only when the content after it makes room, after that content has set
// its font.
func TestAvvertenzaInCorpoPiccolo(t *testing.T) {
	out := strings.Join(pdfToText(t, render(t, examplePlan(t), Relazione, Selection{}), "-bbox"), "")
	word := regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">illustrativi\.</word>`)
	pages := strings.Split(out, "<page ")
	found := 0
	for i, pg := range pages {
		if i < 2 {
			continue // before the first page, and the cover
		}
		for _, m := range word.FindAllStringSubmatch(pg, -1) {
			y0, _ := strconv.ParseFloat(m[1], 64)
			y1, _ := strconv.ParseFloat(m[2], 64)
			found++
			if y1-y0 > 11 {
				t.Errorf("pagina %d: l'avvertenza è alta %.1f punti, come un titolo", i, y1-y0)
			}
		}
	}
	if found == 0 {
		t.Fatal("avvertenza non trovata dopo la copertina")
	}
}

// An Area whose units give no staff figure prints it as unknown, not 0,
// in the Relazione's resources as in the plan's documents.
func TestRelazioneDipendentiNonNoti(t *testing.T) {
	p := conMonitoraggio(corpusEstremo(), "")
	text := squash(strings.Join(pdfToText(t, render(t, p, Relazione, Selection{}), "-raw"), "\n"))
	if !strings.Contains(text, "AreaTecnican.d.0") || strings.Contains(text, "AreaTecnica00") {
		t.Error("i dipendenti di un'Area senza cifre non sono stampati come n.d.")
	}
}
