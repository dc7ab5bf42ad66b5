package model

import "slices"

// In-memory edits of the yearly tables, used after the store has saved the
// same change. They keep the tables in year order and always build a new
// slice, so a copy of the plan taken for undo is never written through.

// SetPopolazioneAnno puts r in place of the record of its year, or adds it.
func (p *Plan) SetPopolazioneAnno(r PopolazioneAnno) {
	p.Popolazione = setByYear(p.Popolazione, r, func(x PopolazioneAnno) int { return x.Anno })
}

// RemovePopolazioneAnno drops the record of a year.
func (p *Plan) RemovePopolazioneAnno(anno int) {
	p.Popolazione = slices.DeleteFunc(slices.Clone(p.Popolazione), func(x PopolazioneAnno) bool { return x.Anno == anno })
}

// SetPersonaleAnno puts r in place of the staff record of its year, or adds it.
func (p *Plan) SetPersonaleAnno(r PersonaleAnno) {
	p.Personale = setByYear(p.Personale, r, func(x PersonaleAnno) int { return x.Anno })
}

// RemovePersonaleAnno drops the staff record of a year.
func (p *Plan) RemovePersonaleAnno(anno int) {
	p.Personale = slices.DeleteFunc(slices.Clone(p.Personale), func(x PersonaleAnno) bool { return x.Anno == anno })
}

func setByYear[T any](list []T, v T, year func(T) int) []T {
	out := slices.DeleteFunc(slices.Clone(list), func(x T) bool { return year(x) == year(v) })
	out = append(out, v)
	slices.SortStableFunc(out, func(a, b T) int { return year(a) - year(b) })
	return out
}
