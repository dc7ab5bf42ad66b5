package translations

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/assets"
)

// TestTranslationKeysOnce reads every string file as JSON and wants each
// key in one file only: the files are joined into one document, where a
// second key would silently win over the first.
func TestTranslationKeysOnce(t *testing.T) {
	files, err := files()
	if err != nil || len(files) == 0 {
		t.Fatalf("nessun file di traduzioni (%v)", err)
	}
	where := map[string]string{}
	for _, f := range files {
		data, err := assets.Translations.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
			t.Fatalf("%s: non è un oggetto JSON (%v)", f, err)
		}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			key := tok.(string)
			var value json.RawMessage
			if err := dec.Decode(&value); err != nil {
				t.Fatalf("%s, %q: %v", f, key, err)
			}
			if prev, ok := where[key]; ok {
				t.Errorf("%q sta in %s e in %s", key, prev, f)
			}
			where[key] = f
		}
	}
}

// TestTranslationsLoaded checks, on the locales the program meets, that
// strings of the first and of the last file, a plural included, and
// Fyne's own buttons come out of Fyne in Italian after loading.
func TestTranslationsLoaded(t *testing.T) {
	t.Cleanup(func() { Load() }) // after the locale is put back: the next test finds its own
	for _, loc := range []string{"it_IT.UTF-8", "en_US.UTF-8", "C", "C.UTF-8", "de_IT.UTF-8", "fr_IT.UTF-8", "de_DE.UTF-8:it_IT.UTF-8"} {
		t.Setenv("LANGUAGE", loc) // a list, as Linux has it
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			t.Setenv(v, strings.Split(loc, ":")[0])
		}
		if err := Load(); err != nil {
			t.Fatal(err)
		}
		for key, want := range map[string]string{
			"Cancel":       "Annulla",  // Fyne's own button, in base: the first file
			"nav.versioni": "Versioni", // versioni, the last
		} {
			if got := lang.L(key); got != want {
				t.Errorf("%s: lang.L(%q) = %q, voglio %q", loc, key, got, want)
			}
		}
		if got := lang.N("schede.anteprima.conflitti", 2, map[string]int{"N": 2}); got != "2 conflitti" {
			t.Errorf("%s: plurale %q, voglio «2 conflitti»", loc, got)
		}
	}
}
