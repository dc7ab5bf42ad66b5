package model

// Italian, located error messages for the plan's JSON file.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

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
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) { // promoted, as encoding/json does
				m[k] = v
			}
			continue
		}
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
