package ui

import (
	"bytes"
	"fmt"
	"io/fs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/assets"
)

// LoadTranslations registers the Italian strings as those of the user's
// language, the one Fyne looks its strings up in: the program speaks
// Italian whatever the locale, Fyne's own buttons included, on a German
// or French Windows too (Alto Adige, Valle d'Aosta). Fyne reads the
// locale as lang.SystemLocale does, and falls back to "en" on a "C"
// locale or one it does not understand. Call it before app.New.
//
// The files go in as one document, parsed once: one document per file,
// for "it" and for "en", cost 16 parses and 16 lookups of the locale,
// 8 ms at every start.
func LoadTranslations() error {
	doc, err := translationDoc()
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

// translationFiles are the string files, one per part of the window.
func translationFiles() ([]string, error) {
	return fs.Glob(assets.Translations, "translation/*.it.json")
}

// translationDoc joins the members of every file's object into one
// object, without decoding them: that is left to Fyne. No key stands in
// two files (TestTranslationKeysOnce).
func translationDoc() ([]byte, error) {
	files, err := translationFiles()
	if err != nil {
		return nil, err
	}
	var doc bytes.Buffer
	doc.WriteByte('{')
	for _, f := range files {
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
		if doc.Len() > 1 {
			doc.WriteByte(',')
		}
		doc.Write(body)
	}
	doc.WriteByte('}')
	return doc.Bytes(), nil
}
