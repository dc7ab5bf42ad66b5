// Package report prints the plan as PDF documents: the objective sheets for
// the Giunta (Schede), the landscape summary by Area (Riepilogo), the whole
// sub-section 2.2 like the reference plan (Documento), and the documents of
// the performance cycle: the Relazione sulla performance, the monitoring
// report at a checkpoint and the dashboard per Area (Cruscotto). It reads the model and
// knows nothing of the window, so the command-line tool can print too.
//
// A new document is built from the same primitives, which carry the layout
// rules (docs/impaginazione.md) for it:
//   - newDoc and newPage: the page with the comune's header and the footer;
//   - heading and subheading: titles, kept with what follows (keepWithNext);
//   - paragraphs: free text with bullets, wrapped without cutting words
//     (layout, wrap);
//   - newTable, with fitColumns to size the columns to their content: rows
//     that grow with their text, a header repeated on every page, keepNext
//     to hold what must follow a row;
//   - ensure(h) before drawing anything else, so queued headings go with it
//     and a page is broken only when needed; measure to try a layout first
//     (as the sheets do to keep their signatures);
//   - text reaches fpdf only through pdfw, which maps what the font cannot
//     draw (printable); record notes what was drawn where, for the tests.
package report

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"pianoperformance/model"
)

// Kind is the document to print.
type Kind int

const (
	Schede Kind = iota
	Riepilogo
	Documento
	Relazione
	Monitoraggio
	Cruscotto
)

// String is the Kind's name as ParseKind reads it.
func (k Kind) String() string {
	switch k {
	case Schede:
		return "schede"
	case Riepilogo:
		return "riepilogo"
	case Documento:
		return "piano"
	case Relazione:
		return "relazione"
	case Monitoraggio:
		return "monitoraggio"
	case Cruscotto:
		return "cruscotto"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// ParseKind reads the document name used by the command line and settings.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "schede", "scheda":
		return Schede, nil
	case "riepilogo":
		return Riepilogo, nil
	case "piano", "documento":
		return Documento, nil
	case "relazione":
		return Relazione, nil
	case "monitoraggio", "report":
		return Monitoraggio, nil
	case "cruscotto", "dashboard":
		return Cruscotto, nil
	}
	return 0, fmt.Errorf("documento %q sconosciuto: scegliere tra \"schede\", \"riepilogo\", \"piano\", \"relazione\", \"monitoraggio\" e \"cruscotto\"", s)
}

// Selection narrows what is printed: zero value = the whole plan.
type Selection struct {
	AreaID    int64
	Obiettivi []int64
	// VerificaID is the checkpoint the cycle's documents report: 0 is the
	// year-end one for the Relazione, the latest with a reading otherwise.
	VerificaID int64
}

// Options tune one print run.
type Options struct {
	Printed  time.Time             // print date in footers and PDF metadata; tests fix it for byte-identical output
	Progress func(done, total int) // optional; called as pages/objectives are produced (from the calling goroutine)
	// Versione is the frozen version the plan comes from, nil for the
	// current plan: every page then says which resolution the text is.
	Versione *model.Versione
	// PDFA writes PDF/A-2b, the archival form (see pdfa.go).
	PDFA bool

	trace func(layoutEvent) // tests: where headings, content and signatures were drawn
	// tests: the number of index pages to assume instead of the outline's
	// (see documento.indexed), to lay out the document again
	indexGuess int
}

// Write renders document k of plan p into w.
func Write(w io.Writer, p *model.Plan, k Kind, sel Selection, opt Options) (err error) {
	// A fault in the layout must not take the window down with it: the
	// user gets a message instead (the fuzz tests see it as a failure).
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("errore interno durante la stampa (%v): segnalarlo all'assistenza", r)
		}
	}()
	if p == nil {
		return errors.New("nessun piano da stampare")
	}
	if opt.Printed.IsZero() {
		opt.Printed = time.Now()
	}
	obs := selectObiettivi(p, sel)
	switch k {
	case Schede:
		if len(obs) == 0 {
			return errors.New("nessun obiettivo da stampare nella selezione")
		}
		return writeSchede(w, p, obs, opt)
	case Riepilogo:
		if len(obs) == 0 {
			return errors.New("nessun obiettivo da stampare nella selezione")
		}
		return writeRiepilogo(w, p, obs, opt)
	case Documento:
		return writeDocumento(w, p, obs, opt)
	case Relazione:
		return writeRelazione(w, p, obs, sel, opt)
	case Monitoraggio:
		return writeMonitoraggio(w, p, obs, sel, opt)
	case Cruscotto:
		return writeCruscotto(w, p, sel, opt)
	}
	return fmt.Errorf("documento %d sconosciuto", int(k))
}

// selectObiettivi keeps the plan's order whatever order the IDs come in.
func selectObiettivi(p *model.Plan, sel Selection) []model.Obiettivo {
	want := map[int64]bool{}
	for _, id := range sel.Obiettivi {
		want[id] = true
	}
	var out []model.Obiettivo
	for _, o := range p.Obiettivi {
		if sel.AreaID != 0 && o.AreaID != sel.AreaID {
			continue
		}
		if len(want) > 0 && !want[o.ID] {
			continue
		}
		out = append(out, o)
	}
	return out
}

// progress reports safely when no callback is set.
func (o Options) progress(done, total int) {
	if o.Progress != nil {
		o.Progress(done, total)
	}
}
