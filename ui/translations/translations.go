// Package translations gives Fyne the window's Italian strings
// (assets/translation), for the program and for the tests of every
// screen alike.
package translations

import (
	"bytes"
	"fmt"
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/assets"
)

// Load registers the Italian strings as those of the user's
// language, the one Fyne looks its strings up in: the program speaks
// Italian whatever the locale, Fyne's own buttons included, on a German
// or French Windows too (Alto Adige, Valle d'Aosta). Fyne reads the
// locale as lang.SystemLocale does, and falls back to "en" on a "C"
// locale or one it does not understand. Call it before app.New.
//
// The files go in as one document, parsed once: one document per file,
// for "it" and for "en", cost 16 parses and 16 lookups of the locale,
// 8 ms at every start.
func Load() error {
	doc, err := joined()
	if err != nil {
		return err
	}
	l := lang.SystemLocale().LanguageString()
	if l == "" || l == "und" {
		l = "en"
	}
	if err := lang.AddTranslationsForLocale(doc, fyne.Locale(l)); err != nil {
		return fmt.Errorf("traduzioni: %w", err)
	}
	return nil
}

// files are the string files, one per part of the window.
func files() ([]string, error) {
	return fs.Glob(assets.Translations, "translation/*.it.json")
}

// joined joins the members of every file's object into one
// object, without decoding them: that is left to Fyne. No key stands in
// two files (TestTranslationKeysOnce).
func joined() ([]byte, error) {
	names, err := files()
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.WriteByte('{')
	for _, f := range names {
		data, err := assets.Translations.ReadFile(f)
		if err != nil {
			return nil, err
		}
		body := bytes.TrimSpace(data)
		if len(body) < 2 || body[0] != '{' || body[len(body)-1] != '}' {
			return nil, fmt.Errorf("traduzioni %s: il file non è un oggetto JSON", f)
		}
		if body = bytes.TrimSpace(body[1 : len(body)-1]); len(body) == 0 {
			continue
		}
		if out.Len() > 1 {
			out.WriteByte(',')
		}
		out.Write(body)
	}
	out.WriteByte('}')
	return out.Bytes(), nil
}
