package ui

import (
	"fmt"
	"io/fs"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/assets"
)

// LoadTranslations registers every Italian string file for "it" and also
// for "en": Fyne picks "en" on English and "C" locales, and the program
// must speak Italian there too, Fyne's own buttons included. Call it
// before app.New.
func LoadTranslations() error {
	files, err := fs.Glob(assets.Translations, "translation/*.it.json")
	if err != nil {
		return err
	}
	for _, f := range files {
		data, err := assets.Translations.ReadFile(f)
		if err != nil {
			return err
		}
		for _, loc := range []string{"it", "en"} {
			if err := lang.AddTranslationsForLocale(data, fyne.Locale(loc)); err != nil {
				return fmt.Errorf("traduzioni %s: %w", strings.TrimPrefix(f, "translation/"), err)
			}
		}
	}
	return nil
}
