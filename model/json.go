package model

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// The plan's JSON file: the whole plan inside a small envelope, so that a
// file written by someone else is recognised and refused with a clear message,
// and a file written by a newer program is not half-read.
const (
	FormatoJSON  = "piano-performance"
	VersioneJSON = 1
)

type envelope struct {
	Formato  string `json:"formato"`
	Versione int    `json:"versione"`
	Piano    *Plan  `json:"piano"`
}

// MarshalPlan writes the whole plan as indented JSON in a stable order, so
// that saving the same plan twice gives the same bytes (and clean diffs).
// p itself is not changed.
func MarshalPlan(p *Plan) ([]byte, error) {
	if p == nil {
		return nil, errors.New("nessun piano da esportare")
	}
	cp := clonePlan(p)
	NormalizePlan(cp)
	// An Encoder rather than MarshalIndent only to keep "<", ">" and "&"
	// readable: targets such as "< 40%" are common. Encode adds the final
	// newline.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(envelope{FormatoJSON, VersioneJSON, cp}); err != nil {
		return nil, fmt.Errorf("esportazione JSON del piano non riuscita: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalPlan reads a file written by MarshalPlan. It is strict: unknown
// fields, trailing data, a foreign file or a newer version are refused, and
// every error says in Italian where in the file it is. A plan that decodes
// must also pass Validate.
func UnmarshalPlan(b []byte) (*Plan, error) {
	if err := checkEnvelope(b); err != nil {
		return nil, err
	}
	var env envelope
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return nil, jsonError(b, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := lineCol(b, skipSpace(b, int(dec.InputOffset())))
		return nil, fmt.Errorf("riga %d, colonna %d: dopo la fine del piano il file contiene altri dati", line, col)
	}
	if env.Piano == nil {
		return nil, errors.New("il file non contiene il piano (manca il campo \"piano\")")
	}
	NormalizePlan(env.Piano)
	if err := env.Piano.Validate(); err != nil {
		return nil, err
	}
	return env.Piano, nil
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
	if head.Formato == nil || *head.Formato != FormatoJSON {
		return fmt.Errorf("il file non è un piano della performance di questo programma (manca \"formato\": %q)", FormatoJSON)
	}
	var v int
	if err := json.Unmarshal(head.Versione, &v); err != nil || v < 1 {
		return errors.New("il file non indica una versione valida del formato (\"versione\" deve essere un numero intero da 1 in su)")
	}
	if v > VersioneJSON {
		return fmt.Errorf("il file è stato scritto da una versione più recente del programma (formato versione %d, questa versione legge fino alla %d): aggiornare il programma per aprirlo", v, VersioneJSON)
	}
	return nil
}

// NormalizePlan puts every list of the plan in its documented order and turns
// nil lists into empty ones, in place: Ordine then ID for things with an
// Ordine, years ascending for yearly records, counts by band order then year,
// targets by year, results by date then ID.
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
	p.Obiettivi = nonNil(p.Obiettivi)
	slices.SortStableFunc(p.Obiettivi, func(a, b Obiettivo) int { return byOrd(a.Ordine, b.Ordine, a.ID, b.ID) })
	for i := range p.Obiettivi {
		normalizeObiettivo(&p.Obiettivi[i])
	}
}

func normalizeObiettivo(o *Obiettivo) {
	o.UnitaIDs = nonNil(o.UnitaIDs)
	slices.Sort(o.UnitaIDs)
	o.Anni = nonNil(o.Anni)
	slices.Sort(o.Anni)
	o.Indicatori = nonNil(o.Indicatori)
	slices.SortStableFunc(o.Indicatori, func(a, b Indicatore) int {
		return cmp.Or(cmp.Compare(a.Ordine, b.Ordine), cmp.Compare(a.ID, b.ID))
	})
	for i := range o.Indicatori {
		in := &o.Indicatori[i]
		in.Target = nonNil(in.Target)
		slices.SortStableFunc(in.Target, func(a, b Target) int { return cmp.Compare(a.Anno, b.Anno) })
		in.Risultati = nonNil(in.Risultati)
		slices.SortStableFunc(in.Risultati, func(a, b Risultato) int {
			return cmp.Or(cmp.Compare(a.Data.ISO(), b.Data.ISO()), cmp.Compare(a.ID, b.ID))
		})
	}
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

// clonePlan copies every list NormalizePlan may reorder or replace, so that
// MarshalPlan leaves the caller's plan untouched. Pointed-to values are
// shared: nothing here writes through them.
func clonePlan(p *Plan) *Plan {
	cp := *p
	cp.Capitoli = slices.Clone(p.Capitoli)
	t := &cp.Territorio
	t.Frazioni, t.Strade, t.RisorseIdriche = slices.Clone(t.Frazioni), slices.Clone(t.Strade), slices.Clone(t.RisorseIdriche)
	cp.Popolazione = slices.Clone(p.Popolazione)
	cp.Fasce = slices.Clone(p.Fasce)
	cp.PopolazioneFasce = slices.Clone(p.PopolazioneFasce)
	cp.Unita = slices.Clone(p.Unita)
	cp.Personale = slices.Clone(p.Personale)
	cp.Benchmark = slices.Clone(p.Benchmark)
	cp.Servizi = slices.Clone(p.Servizi)
	cp.Obiettivi = slices.Clone(p.Obiettivi)
	for i := range cp.Obiettivi {
		o := &cp.Obiettivi[i]
		o.UnitaIDs, o.Anni = slices.Clone(o.UnitaIDs), slices.Clone(o.Anni)
		o.Indicatori, o.Fasi = slices.Clone(o.Indicatori), slices.Clone(o.Fasi)
		for j := range o.Indicatori {
			in := &o.Indicatori[j]
			in.Target, in.Risultati = slices.Clone(in.Target), slices.Clone(in.Risultati)
		}
		for j := range o.Fasi {
			o.Fasi[j].Mesi = slices.Clone(o.Fasi[j].Mesi)
		}
	}
	return &cp
}

// jsonError turns an encoding/json error into an Italian message that says
// where the problem is: line and column, and the field when known.
func jsonError(b []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off := int(se.Offset)
		if strings.HasPrefix(se.Error(), "invalid character") {
			off-- // the offending character is the last one read
		}
		return at(b, off, syntaxMessage(se.Error()))
	case errors.As(err, &te):
		off := valueStart(b, int(te.Offset))
		msg := fmt.Sprintf("il valore deve essere %s, trovato %s", typeName(te.Type), foundName(te.Value))
		if te.Field != "" {
			name := te.Field[strings.LastIndex(te.Field, ".")+1:]
			msg = fmt.Sprintf("il campo %q deve essere %s, trovato %s", name, typeName(te.Type), foundName(te.Value))
		}
		return at(b, off, msg)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return at(b, len(b), "il file finisce prima della fine del piano: forse è stato troncato")
	}
	// Unknown fields and invalid dates come without a position: find it.
	if off, msg, ok := locate(b); ok {
		return at(b, off, msg)
	}
	return fmt.Errorf("il file del piano non è valido: %v", err)
}

func at(b []byte, off int, msg string) error {
	line, col := lineCol(b, off)
	return fmt.Errorf("riga %d, colonna %d: %s", line, col, msg)
}

// lineCol converts a byte offset into a 1-based line and column; columns
// count characters, not bytes, since the texts are full of accents.
func lineCol(b []byte, off int) (line, col int) {
	off = max(0, min(off, len(b)))
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	return bytes.Count(b[:off], []byte{'\n'}) + 1, utf8.RuneCount(b[start:off]) + 1
}

func skipSpace(b []byte, off int) int {
	for off < len(b) && strings.IndexByte(" \t\r\n", b[off]) >= 0 {
		off++
	}
	return off
}

// valueStart walks back from the end of a value (where encoding/json reports
// type errors) to its first character.
func valueStart(b []byte, end int) int {
	end = max(0, min(end, len(b)))
	if end > 0 && (b[end-1] == '[' || b[end-1] == '{') {
		return end - 1
	}
	if end > 0 && b[end-1] == '"' {
		for i := end - 2; i >= 0; i-- {
			if b[i] == '"' && !escaped(b, i) {
				return i
			}
		}
	}
	i := end
	for i > 0 && strings.IndexByte(" \t\r\n:,[{", b[i-1]) < 0 {
		i--
	}
	return i
}

// escaped reports whether the quote at i is preceded by an odd number of
// backslashes.
func escaped(b []byte, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && b[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func syntaxMessage(m string) string {
	var c string
	if _, rest, ok := strings.Cut(m, "invalid character "); ok {
		c, _, _ = strings.Cut(rest, " ")
	}
	switch {
	case strings.Contains(m, "unexpected end"):
		return "il file finisce prima della fine del piano: forse è stato troncato"
	case strings.Contains(m, "after top-level value"):
		return "dopo la fine del piano il file contiene altri dati"
	case strings.Contains(m, "after object key:value pair"):
		return "carattere " + c + " inatteso: manca una virgola o una parentesi graffa di chiusura"
	case strings.Contains(m, "after array element"):
		return "carattere " + c + " inatteso: manca una virgola o una parentesi quadra di chiusura"
	case strings.Contains(m, "looking for beginning of object key"):
		return "carattere " + c + " inatteso: atteso il nome di un campo tra virgolette"
	case strings.Contains(m, "after object key"):
		return "carattere " + c + " inatteso: mancano i due punti dopo il nome del campo"
	case strings.Contains(m, "in string literal"):
		return "carattere non ammesso in un testo (gli a capo si scrivono \\n)"
	case c != "":
		return "carattere " + c + " inatteso: il file non è JSON valido"
	}
	return "il file non è JSON valido"
}

func typeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "un numero intero"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "un numero intero non negativo"
	case reflect.Float32, reflect.Float64:
		return "un numero"
	case reflect.String:
		return "un testo tra virgolette"
	case reflect.Bool:
		return "true o false"
	case reflect.Slice, reflect.Array:
		return "un elenco [ … ]"
	}
	return "un oggetto { … }"
}

func foundName(v string) string {
	switch {
	case v == "string":
		return "una stringa"
	case v == "number":
		return "un numero"
	case strings.HasPrefix(v, "number "):
		return "il numero " + strings.TrimPrefix(v, "number ")
	case v == "bool":
		return "un valore true/false"
	case v == "array":
		return "un elenco"
	case v == "object":
		return "un oggetto"
	}
	return v
}

// locate finds, walking the file alongside the Plan type, the first unknown
// field or invalid date: the errors encoding/json reports without position.
func locate(b []byte) (off int, msg string, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	w := walker{dec: dec, b: b}
	w.value(reflect.TypeFor[envelope](), "")
	return w.off, w.msg, w.found
}

type walker struct {
	dec   *json.Decoder
	b     []byte
	off   int
	msg   string
	found bool
}

var dateType = reflect.TypeFor[Date]()

// value reads one value expected to be of type t; field is its JSON name.
func (w *walker) value(t reflect.Type, field string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	start := w.next()
	tok, err := w.dec.Token()
	if err != nil {
		return
	}
	if t == dateType {
		s, isString := tok.(string)
		if _, perr := ParseISODate(s); !isString || (s != "" && perr != nil) {
			w.off, w.found = start, true
			w.msg = fmt.Sprintf("il campo %q deve essere una data nel formato AAAA-MM-GG (ad esempio \"2023-12-31\")", field)
		}
		if !isString {
			w.skipRest(tok)
		}
		return
	}
	d, isDelim := tok.(json.Delim)
	switch {
	case isDelim && d == '{' && t.Kind() == reflect.Struct:
		fields := jsonFields(t)
		for w.dec.More() && !w.found {
			kstart := w.next()
			ktok, err := w.dec.Token()
			if err != nil {
				return
			}
			key, _ := ktok.(string)
			ft, known := fields[key]
			if !known {
				w.off, w.found = kstart, true
				w.msg = fmt.Sprintf("campo %q sconosciuto: questo programma non lo prevede (errore di battitura o file di un'altra versione?)", key)
				return
			}
			w.value(ft, key)
		}
		w.dec.Token() // closing brace
	case isDelim && d == '[' && t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		for w.dec.More() && !w.found {
			w.value(t.Elem(), field)
		}
		w.dec.Token()
	case isDelim:
		w.skipRest(tok)
	}
}

// next is where the next token starts: the decoder's offset is just after
// the previous token, before any blank, colon or comma.
func (w *walker) next() int {
	off := skipSpace(w.b, int(w.dec.InputOffset()))
	if off < len(w.b) && (w.b[off] == ':' || w.b[off] == ',') {
		off = skipSpace(w.b, off+1)
	}
	return off
}

// skipRest consumes the remainder of an object or array just opened.
func (w *walker) skipRest(tok json.Token) {
	if d, ok := tok.(json.Delim); !ok || (d != '{' && d != '[') {
		return
	}
	for depth := 1; depth > 0; {
		t, err := w.dec.Token()
		if err != nil {
			return
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
}

// jsonFields maps the JSON names of a struct's fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	m := make(map[string]reflect.Type, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	return m
}
