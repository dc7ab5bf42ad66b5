package controlli

import (
	"context"

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
		old := p.Territorio
		nu := old
		nu.DensitaStampata = nil
		put := func(t model.Territorio) func(context.Context) error {
			return func(ctx context.Context) error {
				if err := s.Store.SaveTerritorio(ctx, t); err != nil {
					return err
				}
				s.Plan.Territorio = t
				return nil
			}
		}
		return s.Do(label, put(nu), put(old))
	case "variazione_stampata":
		old, ok := p.PopolazioneDi(f.Anno)
		if !ok {
			return nil
		}
		nu := old
		nu.VariazioneStampata = nil
		put := func(r model.PopolazioneAnno) func(context.Context) error {
			return func(ctx context.Context) error {
				if err := s.Store.SavePopolazioneAnno(ctx, r); err != nil {
					return err
				}
				s.Plan.SetPopolazioneAnno(r)
				return nil
			}
		}
		return s.Do(label, put(nu), put(old))
	default:
		old, ok := p.PersonaleDi(f.Anno)
		if !ok {
			return nil
		}
		nu := old
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
		put := func(r model.PersonaleAnno) func(context.Context) error {
			return func(ctx context.Context) error {
				if err := s.Store.SavePersonaleAnno(ctx, r); err != nil {
					return err
				}
				s.Plan.SetPersonaleAnno(r)
				return nil
			}
		}
		return s.Do(label, put(nu), put(old))
	}
}
