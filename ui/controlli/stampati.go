package controlli

import (
	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// Figures the source document printed and the program derives. A finding
// about one of them is settled by dropping the printed figure: the program
// prints the derived one anyway.
var printedFields = map[string]bool{
	"densita_stampata": true, "variazione_stampata": true, "abitanti_stampati": true,
	"per_mille_stampato": true, "perc_uomini_stampata": true, "perc_donne_stampata": true,
}

// isPrinted reports whether f is about a printed figure that can be dropped.
func isPrinted(f model.Finding) bool { return printedFields[f.Campo] }

// dropPrinted removes the printed figure a finding is about, in one
// transaction, undoably.
func dropPrinted(s *session.Session, f model.Finding, label string) error {
	p := s.Plan
	switch f.Campo {
	case "densita_stampata":
		nu := p.Territorio.Clone()
		nu.DensitaStampata = nil
		return s.SaveTerritorio(label, nu)
	case "variazione_stampata":
		nu, ok := p.PopolazioneDi(f.Anno)
		if !ok {
			return nil
		}
		nu.VariazioneStampata = nil
		return s.SavePopolazioneAnno(label, nu)
	default:
		nu, ok := p.PersonaleDi(f.Anno)
		if !ok {
			return nil
		}
		switch f.Campo {
		case "abitanti_stampati":
			nu.AbitantiStampati = nil
		case "per_mille_stampato":
			nu.PerMilleStampato = nil
		case "perc_uomini_stampata":
			nu.PercUominiStampata = nil
		case "perc_donne_stampata":
			nu.PercDonneStampata = nil
		}
		return s.SavePersonaleAnno(label, nu)
	}
}
