package obiettivi

import (
	"strings"
	"unicode/utf8"

	"pianoperformance/model"
)

// fold lowercases s and strips Italian accents and apostrophes, so that
// "viabilita" finds both "VIABILITA'" and "viabilità".
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case 'à', 'á', 'À', 'Á', 'â', 'Â':
			r = 'a'
		case 'è', 'é', 'È', 'É', 'ê', 'Ê':
			r = 'e'
		case 'ì', 'í', 'Ì', 'Í', 'î', 'Î':
			r = 'i'
		case 'ò', 'ó', 'Ò', 'Ó', 'ô', 'Ô':
			r = 'o'
		case 'ù', 'ú', 'Ù', 'Ú', 'û', 'Û':
			r = 'u'
		case '’', '‘':
			r = '\''
		default:
			r = []rune(strings.ToLower(string(r)))[0]
		}
		b.WriteRune(r)
	}
	return b.String()
}

// searchText is everything a clerk may remember about an objective, folded
// once when the plan changes so that filtering is a plain substring scan.
func searchText(p *model.Plan, o *model.Obiettivo) string {
	var b strings.Builder
	add := func(s string) {
		if s != "" {
			b.WriteString(s)
			b.WriteByte('\n')
		}
	}
	add(o.Codice)
	add(o.Titolo)
	add(o.Descrizione)
	add(o.Note)
	add(o.Risorse)
	add(o.Personale)
	add(o.StatoAttuazione)
	add(model.EtichettaProgramma(o.Programma))
	if a := p.UnitaByID(o.AreaID); a != nil {
		add(a.Nome)
	}
	for _, n := range p.NomiUnita(*o) {
		add(n)
	}
	for _, ind := range o.Indicatori {
		add(ind.Nome)
		add(ind.UnitaMisura)
		add(ind.Baseline)
		for _, t := range ind.Target {
			add(t.Valore)
		}
	}
	for _, f := range o.Fasi {
		add(f.Titolo)
		add(f.Responsabile)
	}
	return fold(b.String())
}

// matches reports whether every word of the folded query occurs in text.
func matches(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
