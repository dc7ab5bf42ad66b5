package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestPrintableMapsWhatTheFontLacks(t *testing.T) {
	for in, want := range map[string]string{
		"Qualità ≥ 5 € – “ok”":  "Qualità ≥ 5 € – “ok”", // the font has all of these
		"caffe\u0300":           "caffè",                // composed, so it prints as one letter
		"𝐀𝐁𝐂 𝟏𝟐":                "ABC 12",
		"bilancio 📊":            "bilancio [grafico]",
		"fatto ✅️":              "fatto √",
		"ok 👍🏽":                 "ok [ok]",
		"team 👩‍💻!":             "team □!", // one stand-in for the whole sequence
		"🇮🇹":                    "IT",
		"中文":                    "□□",
		"a\u200bb\ufeffc\u00ad": "abc",
		"uno\r\ndue\rtre\u2028": "uno\ndue\ntre\n",
		"nul\x00":               "nul□",
		"rotto\xff":             "rotto□",
	} {
		if got := printable(in); got != want {
			t.Errorf("printable(%q) = %q, want %q", in, got, want)
		}
		if got := printable(printable(in)); got != printable(in) {
			t.Errorf("printable is not idempotent on %q: %q", in, got)
		}
	}
}

// Emoji and mathematical letters in a title, a code and a target used to
// make every printout panic inside fpdf ("index out of range [65536]").
func TestEmojiPrintInEveryDocument(t *testing.T) {
	p := fixturePlan()
	o := &p.Obiettivi[0]
	o.Titolo = "Bilancio 😀 con 📊 e 𝐀"
	o.Codice = "EF.😀1"
	o.Indicatori[0].Target[0].Valore = "entro il 31/12 📊 𝐀"
	for _, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			pdf := render(t, p, k, Selection{})
			saveStampa(t, "emoji-"+k.String()+".pdf", pdf)
			text := squash(strings.Join(pdfToText(t, pdf, "-raw"), ""))
			for _, s := range []string{"Bilancio:-)con[grafico]eA", "EF.:-)1", "entroil31/12[grafico]A"} {
				if !strings.Contains(text, s) {
					t.Errorf("%q missing", s)
				}
			}
		})
	}
	if o.Titolo != "Bilancio 😀 con 📊 e 𝐀" {
		t.Error("printing changed the plan's data")
	}
}

// setStrings writes s into every string of v (a pointer), walking structs,
// slices and pointers: every text field of the plan gets the fuzzed text.
func setStrings(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setStrings(v.Elem(), s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				setStrings(v.Field(i), s)
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // the coat of arms
		}
		for i := range v.Len() {
			setStrings(v.Index(i), s)
		}
	case reflect.String:
		// Keep the enumerations (kinds, levels, anchors) valid half of the
		// time, so both paths are fuzzed.
		if v.Type() == reflect.TypeFor[string]() || len(s)%2 == 1 {
			v.SetString(s)
		}
	}
}

func fuzzPrint(f *testing.F, k Kind) {
	for _, s := range []string{"", "x", "😀 📊 𝐀", "e\u0301\u0301\u0301", "\x00\xff\r", strings.Repeat("W", 300),
		"- a\n- b\n\n\n• c", "01010601 LL.PP. MONITORAGGIO", "👩‍👩‍👧‍👦🇮🇹", "\u202eabc\u2066"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := fixturePlan()
		setStrings(reflect.ValueOf(p), s)
		var b bytes.Buffer
		if err := Write(&b, p, k, Selection{}, Options{Printed: printed}); err != nil {
			t.Fatalf("Write(%v) with %q in every text: %v", k, s, err)
		}
		if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
		if p.Obiettivi[0].Titolo != s {
			t.Fatal("printing changed the plan's data")
		}
	})
}

func FuzzSchede(f *testing.F)    { fuzzPrint(f, Schede) }
func FuzzRiepilogo(f *testing.F) { fuzzPrint(f, Riepilogo) }
func FuzzDocumento(f *testing.F) { fuzzPrint(f, Documento) }
