package model

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
)

// The plan's JSON file: the whole plan inside a small envelope, so that a
// file written by someone else is recognised and refused with a clear message,
// and a file written by a newer program is not half-read.
// Version 2 added the performance cycle (checkpoints, readings per
// checkpoint, SMVP, Relazione); files of version 1 are still read and
// converted (MigraV1).
const (
	FormatoJSON  = "piano-performance"
	VersioneJSON = 2
)

type envelope struct {
	Formato  string `json:"formato"`
	Versione int    `json:"versione"`
	Piano    *Plan  `json:"piano"`
	// Esiti are the degrees of achievement computed from the plan, added by
	// the open-data export for readers of the file; an import ignores them
	// (they are recomputed from the readings), so an exported file reads back.
	Esiti json.RawMessage `json:"esiti,omitempty"`
}

// MarshalPlan writes the whole plan as indented JSON in a stable order, so
// that saving the same plan twice gives the same bytes (and clean diffs).
// p itself is not changed.
func MarshalPlan(p *Plan) ([]byte, error) { return MarshalPlanEsiti(p, nil) }

// MarshalPlanEsiti is MarshalPlan with, after the plan, a block of results
// computed from it (esiti) for readers of open data; UnmarshalPlan accepts
// and ignores the block. esiti nil writes no block.
func MarshalPlanEsiti(p *Plan, esiti any) ([]byte, error) {
	if p == nil {
		return nil, errors.New("nessun piano da esportare")
	}
	env := envelope{Formato: FormatoJSON, Versione: VersioneJSON}
	if esiti != nil {
		b, err := json.Marshal(esiti)
		if err != nil {
			return nil, fmt.Errorf("esportazione JSON degli esiti non riuscita: %w", err)
		}
		env.Esiti = b
	}
	cp := p.Clone()
	NormalizePlan(cp)
	env.Piano = cp
	// An Encoder rather than MarshalIndent only to keep "<", ">" and "&"
	// readable: targets such as "< 40%" are common. Encode adds the final
	// newline.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(env); err != nil {
		return nil, fmt.Errorf("esportazione JSON del piano non riuscita: %w", err)
	}
	return buf.Bytes(), nil
}

// MaxJSONBytes bounds a plan's JSON file. The largest plan the benchmarks
// use (10 years, 500 objectives with 3 indicators each) takes 2 MB, a real
// comune's a few hundred KB: a file 25 times the large plan is not a plan,
// and reading it whole would only fill the memory.
const MaxJSONBytes = 50 << 20

// ErrJSONTooLarge is the refusal of a file over MaxJSONBytes.
var ErrJSONTooLarge = fmt.Errorf("il file è troppo grande per essere un piano (oltre %d MB; anche un piano con molti anni e centinaia di obiettivi occupa pochi MB)", MaxJSONBytes>>20)

// ReadPlan reads a plan's JSON file from r, refusing it as soon as it passes
// MaxJSONBytes, and checks it as UnmarshalPlan does. Cancelling ctx stops
// the reading.
func ReadPlan(ctx context.Context, r io.Reader) (*Plan, error) {
	var buf bytes.Buffer
	// A file that says its size is refused unread, or read into a buffer
	// of the right size (no copies as it grows).
	if n, ok := sizeOf(r); ok {
		if n > MaxJSONBytes {
			return nil, ErrJSONTooLarge
		}
		buf.Grow(int(n) + 1)
	}
	chunk := make([]byte, 1<<20)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := r.Read(chunk)
		buf.Write(chunk[:n])
		if buf.Len() > MaxJSONBytes {
			return nil, ErrJSONTooLarge
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return UnmarshalPlan(buf.Bytes())
}

// sizeOf is the size of what r will yield, when r can tell.
func sizeOf(r io.Reader) (int64, bool) {
	switch x := r.(type) {
	case interface{ Len() int }:
		return int64(x.Len()), true
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := x.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size(), true
		}
	}
	return 0, false
}

// UnmarshalPlan reads a file written by MarshalPlan. It is strict: unknown
// fields, trailing data, a foreign file or a newer version are refused, and
// every error says in Italian where in the file it is. A plan that decodes
// must also pass Validate; a large coat of arms is scaled down as when it
// is chosen in the window. The file is parsed once; only a file that fails
// is read again, to say where and why.
func UnmarshalPlan(b []byte) (*Plan, error) {
	if len(b) > MaxJSONBytes {
		return nil, ErrJSONTooLarge
	}
	var env struct {
		Formato  *string `json:"formato"`
		Versione *int    `json:"versione"`
		Piano    *Plan   `json:"piano"`
		// Esiti, written by the open-data export, are recomputed from the
		// readings: accepted and ignored.
		Esiti json.RawMessage `json:"esiti"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		// A foreign or newer file gets that message rather than a
		// field-level one.
		if eerr := checkEnvelope(b); eerr != nil {
			return nil, eerr
		}
		return nil, jsonError(b, err)
	}
	if err := envelopeError(env.Formato, env.Versione); err != nil {
		return nil, err
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		line, col := lineCol(b, skipSpace(b, end))
		return nil, fmt.Errorf("riga %d, colonna %d: dopo la fine del piano il file contiene altri dati", line, col)
	}
	if env.Piano == nil {
		return nil, errors.New("il file non contiene il piano (manca il campo \"piano\")")
	}
	p := env.Piano
	if *env.Versione < 2 {
		MigraV1(p, legacyJSON)
	}
	utcForzature(p)
	NormalizePlan(p)
	if len(p.Ente.Stemma) > 0 {
		st, err := PrepareStemma(p.Ente.Stemma)
		if err != nil {
			return nil, &ValidationError{Problemi: []string{"ente, stemma: " + err.Error()}, Dettagli: []string{err.Error()}}
		}
		p.Ente.Stemma = st
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// checkEnvelope looks only at formato and versione, leniently, so that a
// foreign or newer file gets that message rather than a field-level one.
func checkEnvelope(b []byte) error {
	var head struct {
		Formato  *string         `json:"formato"`
		Versione json.RawMessage `json:"versione"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return errors.New("il file non è un piano della performance: il contenuto non è un oggetto JSON")
		}
		if !errors.As(err, &te) {
			return jsonError(b, err)
		}
	}
	var v *int
	var n int
	if json.Unmarshal(head.Versione, &n) == nil {
		v = &n
	} else if len(head.Versione) > 0 {
		n = -1
		v = &n
	}
	return envelopeError(head.Formato, v)
}

// envelopeError says what is wrong with formato and versione, if anything.
func envelopeError(formato *string, versione *int) error {
	if formato == nil || *formato != FormatoJSON {
		return fmt.Errorf("il file non è un piano della performance di questo programma (manca \"formato\": %q)", FormatoJSON)
	}
	if versione == nil || *versione < 1 {
		return errors.New("il file non indica una versione valida del formato (\"versione\" deve essere un numero intero da 1 in su)")
	}
	if *versione > VersioneJSON {
		return fmt.Errorf("il file è stato scritto da una versione più recente del programma (formato versione %d, questa versione legge fino alla %d): aggiornare il programma per aprirlo", *versione, VersioneJSON)
	}
	return nil
}

// NormalizePlan puts every list of the plan in its documented order and turns
// nil lists into empty ones, in place: Ordine then ID for things with an
// Ordine, years ascending for yearly records, counts by band order then year,
// targets by year, checkpoints by date then ID, readings and progress
// notes by their checkpoint's date.
func NormalizePlan(p *Plan) {
	byOrd := func(o1, o2 int, i1, i2 int64) int { return cmp.Or(cmp.Compare(o1, o2), cmp.Compare(i1, i2)) }

	p.Capitoli = nonNil(p.Capitoli)
	slices.SortStableFunc(p.Capitoli, func(a, b Capitolo) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	t := &p.Territorio
	t.Frazioni, t.Strade, t.RisorseIdriche = nonNil(t.Frazioni), nonNil(t.Strade), nonNil(t.RisorseIdriche)
	p.Popolazione = nonNil(p.Popolazione)
	slices.SortStableFunc(p.Popolazione, func(a, b PopolazioneAnno) int { return cmp.Compare(a.Anno, b.Anno) })
	p.Fasce = nonNil(p.Fasce)
	slices.SortStableFunc(p.Fasce, func(a, b FasciaEta) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	// Counts follow the bands' order; counts of an unknown band go last.
	pos := make(map[int64]int, len(p.Fasce))
	for i, f := range p.Fasce {
		pos[f.ID] = i
	}
	rank := func(id int64) (int, int64) {
		if i, ok := pos[id]; ok {
			return i, 0
		}
		return len(pos), id
	}
	p.PopolazioneFasce = nonNil(p.PopolazioneFasce)
	slices.SortStableFunc(p.PopolazioneFasce, func(a, b PopolazioneFascia) int {
		ra, ia := rank(a.FasciaID)
		rb, ib := rank(b.FasciaID)
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(ia, ib), cmp.Compare(a.Anno, b.Anno))
	})
	p.Unita = nonNil(p.Unita)
	slices.SortStableFunc(p.Unita, func(a, b Unita) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	p.Personale = nonNil(p.Personale)
	slices.SortStableFunc(p.Personale, func(a, b PersonaleAnno) int { return cmp.Compare(a.Anno, b.Anno) })
	p.Benchmark = nonNil(p.Benchmark)
	slices.SortStableFunc(p.Benchmark, func(a, b Benchmark) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	p.Servizi = nonNil(p.Servizi)
	slices.SortStableFunc(p.Servizi, func(a, b ServizioAssociato) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	for i := range p.Servizi {
		p.Servizi[i].Partner = nonNil(p.Servizi[i].Partner)
	}
	p.Verifiche = nonNil(p.Verifiche)
	sortVerifiche(p.Verifiche)
	p.SMVP.Fasce = nonNil(p.SMVP.Fasce)
	p.Obiettivi = nonNil(p.Obiettivi)
	slices.SortStableFunc(p.Obiettivi, func(a, b Obiettivo) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	for i := range p.Obiettivi {
		normalizeObiettivo(&p.Obiettivi[i], p.Verifiche)
	}
	p.IndicatoriEnte = nonNil(p.IndicatoriEnte)
	normalizeIndicatori(p.IndicatoriEnte, p.Verifiche)
	normalizeScadenzario(&p.Scadenzario)
	normalizeConferme(p)
}

func normalizeIndicatori(ii []Indicatore, vv []Verifica) {
	slices.SortStableFunc(ii, func(a, b Indicatore) int {
		return cmp.Or(cmp.Compare(a.Ordine, b.Ordine), cmp.Compare(a.ID, b.ID))
	})
	for i := range ii {
		in := &ii[i]
		in.Target = nonNil(in.Target)
		slices.SortStableFunc(in.Target, func(a, b Target) int { return cmp.Compare(a.Anno, b.Anno) })
		in.Risultati = nonNil(in.Risultati)
		sortRisultati(in.Risultati, vv)
	}
}

func normalizeObiettivo(o *Obiettivo, vv []Verifica) {
	o.UnitaIDs = nonNil(o.UnitaIDs)
	slices.Sort(o.UnitaIDs)
	o.Anni = nonNil(o.Anni)
	slices.Sort(o.Anni)
	o.Indicatori = nonNil(o.Indicatori)
	normalizeIndicatori(o.Indicatori, vv)
	o.Avanzamenti = nonNil(o.Avanzamenti)
	sortAvanzamenti(o.Avanzamenti, vv)
	o.Fasi = nonNil(o.Fasi)
	slices.SortStableFunc(o.Fasi, func(a, b Fase) int {
		return cmp.Or(cmp.Compare(a.Ordine, b.Ordine), cmp.Compare(a.ID, b.ID))
	})
	for i := range o.Fasi {
		slices.Sort(o.Fasi[i].Mesi) // omitempty: an empty list stays absent
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
