package model

import "fmt"

// The checks of one record at a time: lengths, ranges and known kinds. The
// whole plan's Validate runs them all and adds what spans records
// (references, repeated years and IDs); the store runs them on each record
// it is asked to write (see Checked), so a screen, an import and a program
// bug meet the same refusal.

// CheckEnte checks the comune's data, coat of arms included.
func CheckEnte(e Ente) error { return check(func(v *validator) { v.ente(e) }) }

// CheckPiano checks the description of the document.
func CheckPiano(p Piano) error { return check(func(v *validator) { v.piano(p) }) }

// CheckCapitolo checks a chapter.
func CheckCapitolo(c Capitolo) error { return check(func(v *validator) { v.capitolo(c) }) }

// CheckTerritorio checks the territorial data.
func CheckTerritorio(t Territorio) error { return check(func(v *validator) { v.territorio(t) }) }

// CheckPopolazioneAnno checks one year of population.
func CheckPopolazioneAnno(r PopolazioneAnno) error {
	return check(func(v *validator) { v.popolazioneAnno(r) })
}

// CheckFascia checks an age band.
func CheckFascia(f FasciaEta) error { return check(func(v *validator) { v.fascia(f) }) }

// CheckPopolazioneFascia checks the count of one band in one year.
func CheckPopolazioneFascia(r PopolazioneFascia) error {
	return check(func(v *validator) { v.popolazioneFascia(r) })
}

// CheckPersonaleAnno checks one year of staff.
func CheckPersonaleAnno(s PersonaleAnno) error {
	return check(func(v *validator) { v.personaleAnno(s) })
}

// CheckBenchmark checks a reference figure.
func CheckBenchmark(b Benchmark) error { return check(func(v *validator) { v.benchmark(b) }) }

// CheckUnita checks an organisational unit on its own.
func CheckUnita(u Unita) error { return check(func(v *validator) { v.unita(u) }) }

// CheckServizio checks a joint service.
func CheckServizio(s ServizioAssociato) error { return check(func(v *validator) { v.servizio(s) }) }

// CheckObiettivo checks an objective with its indicators, targets,
// readings, progress notes, validation and phases (not its references to
// units, parents and checkpoints: the store's keys see to those, nor what
// depends on the rest of the plan: Plan.ValidaMonitoraggio).
func CheckObiettivo(o Obiettivo) error {
	return check(func(v *validator) { v.obiettivo(obiettivoWhere(0, o), o) })
}

func check(fn func(*validator)) error {
	v := &validator{}
	fn(v)
	return v.err()
}

func (v *validator) ente(e Ente) {
	v.text("ente", MaxRiga, "il nome", e.Nome, "la provincia", e.Provincia, "la regione", e.Regione)
	v.text("ente", MaxCodice, "il codice ISTAT", e.CodiceISTAT)
	if len(e.Stemma) > 0 {
		if err := checkStoredStemma(e.Stemma); err != nil {
			v.at("ente, stemma: "+err.Error(), err.Error())
		}
	}
}

func (v *validator) piano(p Piano) {
	v.years("piano", false, "l'anno", p.Anno)
	v.years("piano", true, "l'anno di inizio del triennio", p.AnnoInizio, "l'anno di fine del triennio", p.AnnoFine)
	v.text("piano", MaxRiga, "il titolo", p.Titolo, "la sezione", p.Sezione, "la sottosezione", p.Sottosezione,
		"il nome degli obiettivi senza Area", p.GruppoSenzaArea)
	v.atto("piano", p.Approvazione)
}

func (v *validator) capitolo(c Capitolo) {
	where := fmt.Sprintf("capitolo «%s»", clip(c.Titolo))
	v.text(where, MaxRiga, "il titolo", c.Titolo)
	v.text(where, MaxTesto, "il testo", c.Testo)
	v.text(where, MaxCodice, "la sezione", c.Sezione)
}

func (v *validator) territorio(t Territorio) {
	v.number("territorio", "la superficie totale", t.SuperficieTotale, 0, MaxKmq)
	v.number("territorio", "la superficie urbana", t.SuperficieUrbana, 0, MaxKmq)
	v.intRange("territorio", "l'altitudine", t.Altitudine, -MaxAltitudine/10, MaxAltitudine)
	v.optNumber("territorio", "la densità stampata", t.DensitaStampata, 0, MaxDensita)
	v.text("territorio", MaxRiga, "il riferimento dell'altitudine", t.AltitudineRiferimento,
		"la latitudine", t.Latitudine, "la longitudine", t.Longitudine, "la regione agraria", t.RegioneAgraria)
	v.list("territorio", "frazioni", len(t.Frazioni))
	for i, f := range t.Frazioni {
		v.text(fmt.Sprintf("territorio, frazione %d", i+1), MaxRiga, "il nome", f)
	}
	v.list("territorio", "strade", len(t.Strade))
	for i, s := range t.Strade {
		where := fmt.Sprintf("territorio, strade riga %d (%s)", i+1, clip(s.Tipo))
		v.text(where, MaxRiga, "il tipo", s.Tipo)
		v.number(where, "la lunghezza", s.Km, 0, MaxKm)
	}
	v.list("territorio", "risorse idriche", len(t.RisorseIdriche))
	for i, r := range t.RisorseIdriche {
		where := fmt.Sprintf("territorio, risorse idriche riga %d (%s)", i+1, clip(r.Tipo))
		v.text(where, MaxRiga, "il tipo", r.Tipo)
		v.counts(where, MaxConteggio, "il numero", r.Numero)
	}
}

func (v *validator) popolazioneAnno(r PopolazioneAnno) {
	where := fmt.Sprintf("popolazione %d", r.Anno)
	v.years("popolazione", false, "l'anno", r.Anno)
	v.counts(where, MaxAbitanti, "residenti", r.Residenti, "maschi", r.Maschi, "femmine", r.Femmine,
		"famiglie", r.Famiglie, "immigrati", r.Immigrati, "emigrati", r.Emigrati, "nati", r.Nati, "morti", r.Morti)
	if r.VariazioneStampata != nil {
		v.intRange(where, "la variazione stampata", *r.VariazioneStampata, -MaxAbitanti, MaxAbitanti)
	}
}

func (v *validator) fascia(f FasciaEta) {
	where := fmt.Sprintf("fascia d'età «%s»", clip(f.Nome))
	v.text(where, MaxRiga, "il nome", f.Nome)
	v.counts(where, MaxEta, "l'età minima", f.EtaMin, "l'età massima", f.EtaMax)
	if f.EtaMin != nil && f.EtaMax != nil && *f.EtaMin > *f.EtaMax {
		v.add(fmt.Sprintf("fascia «%s»: l'età minima supera la massima", f.Nome))
	}
}

func (v *validator) popolazioneFascia(r PopolazioneFascia) {
	v.years("popolazione per fasce", false, "l'anno", r.Anno)
	v.counts(fmt.Sprintf("popolazione per fasce %d", r.Anno), MaxAbitanti, "residenti", r.Residenti)
}

func (v *validator) personaleAnno(s PersonaleAnno) {
	where := fmt.Sprintf("personale %d", s.Anno)
	v.years("personale", false, "l'anno", s.Anno)
	v.counts(where, MaxDipendenti, "dipendenti", s.Dipendenti, "part-time", s.PartTime, "uomini", s.Uomini, "donne", s.Donne)
	v.counts(where, MaxAbitanti, "gli abitanti stampati", s.AbitantiStampati)
	v.optNumber(where, "i dipendenti per mille abitanti stampati", s.PerMilleStampato, 0, MaxPerMille)
	v.optNumber(where, "la percentuale di uomini stampata", s.PercUominiStampata, 0, MaxPercentuale)
	v.optNumber(where, "la percentuale di donne stampata", s.PercDonneStampata, 0, MaxPercentuale)
}

func (v *validator) benchmark(b Benchmark) {
	where := fmt.Sprintf("benchmark «%s»", clip(b.Descrizione))
	v.text(where, MaxRiga, "la descrizione", b.Descrizione, "la fonte", b.Fonte)
	v.years(where, true, "l'anno", b.Anno)
	v.number(where, "il valore", b.Valore, 0, MaxPerMille)
}

func (v *validator) unita(u Unita) {
	where := fmt.Sprintf("unità «%s»", clip(u.Nome))
	switch u.Tipo {
	case TipoArea, TipoSettore, TipoServizio, TipoUfficio:
	default:
		v.add(fmt.Sprintf("%s: tipo %q sconosciuto (area, settore, servizio, ufficio)", where, u.Tipo))
	}
	switch u.RuoloResponsabile {
	case RuoloNessuno, RuoloSegretario, RuoloEQ, RuoloAltro:
	default:
		v.add(fmt.Sprintf("%s: ruolo %q sconosciuto", where, u.RuoloResponsabile))
	}
	v.text(where, MaxRiga, "il nome", u.Nome, "l'intestazione", u.Intestazione, "il responsabile", u.Responsabile)
	v.counts(where, MaxDipendenti, "i dipendenti", u.Dipendenti, "i part-time", u.PartTime)
}

func (v *validator) servizio(s ServizioAssociato) {
	where := fmt.Sprintf("servizio associato «%s»", clip(s.Titolo))
	v.text(where, MaxRiga, "il titolo", s.Titolo, "lo stato", s.Stato)
	v.text(where, MaxTesto, "la descrizione", s.Descrizione)
	v.list(where, "comuni partner", len(s.Partner))
	for _, p := range s.Partner {
		v.text(where, MaxRiga, "il nome di un comune partner", p)
	}
	v.date(where, "la data di sottoscrizione", s.DataSottoscrizione)
	v.date(where, "la scadenza", s.Scadenza)
}

func obiettivoWhere(i int, o Obiettivo) string {
	if i > 0 {
		return fmt.Sprintf("obiettivo n. %d (%s)", i, clip(firstNonEmpty(o.Codice, o.Intestazione())))
	}
	return fmt.Sprintf("obiettivo «%s»", clip(firstNonEmpty(o.Codice, o.Intestazione())))
}

func (v *validator) obiettivo(where string, o Obiettivo) {
	switch o.Livello {
	case LivelloNonIndicato, LivelloStrategico, LivelloOperativo, LivelloEsecutivo, LivelloAzione:
	default:
		v.add(fmt.Sprintf("%s: livello %q sconosciuto", where, o.Livello))
	}
	switch o.Natura {
	case NaturaNonIndicata, NaturaMantenimento, NaturaSviluppo:
	default:
		v.add(fmt.Sprintf("%s: natura %q sconosciuta", where, o.Natura))
	}
	v.peso(where, o.Peso)
	if o.Programma != "" && (len(o.Programma) != 4 || NomeMissione(o.Programma[:2]) == "") {
		v.add(fmt.Sprintf("%s: programma %q non valido: atteso un codice di 4 cifre MMPP con una missione esistente", where, o.Programma))
	}
	v.text(where, MaxCodice, "il codice", o.Codice)
	v.text(where, MaxRiga, "il titolo", o.Titolo, "il centro di costo", o.CentroCosto, "la linea strategica", o.LineaStrategica)
	v.text(where, MaxTesto, "la descrizione", o.Descrizione, "le risorse", o.Risorse, "il personale coinvolto", o.Personale,
		"lo stato di attuazione", o.StatoAttuazione, "le note", o.Note)
	v.list(where, "anni", len(o.Anni))
	for _, y := range o.Anni {
		v.years(where, false, "l'anno", y)
	}
	v.list(where, "unità responsabili", len(o.UnitaIDs))
	v.list(where, "indicatori", len(o.Indicatori))
	for _, ind := range o.Indicatori {
		v.indicatore(fmt.Sprintf("%s, indicatore «%s»", where, clip(ind.Nome)), ind)
	}
	v.list(where, "fasi", len(o.Fasi))
	for _, f := range o.Fasi {
		fw := fmt.Sprintf("%s, fase «%s»", where, clip(f.Titolo))
		v.text(fw, MaxRiga, "il titolo", f.Titolo, "il responsabile", f.Responsabile)
		v.date(fw, "l'inizio", f.Inizio)
		v.date(fw, "la fine", f.Fine)
		v.completamento(fw, f.Completata, f.Completamento)
		for _, m := range f.Mesi {
			if m < 1 || m > 12 {
				v.add(fmt.Sprintf("%s: mese %d non valido nelle fasi", where, m))
			}
		}
	}
	v.list(where, "avanzamenti", len(o.Avanzamenti))
	for _, a := range o.Avanzamenti {
		v.avanzamento(where+", avanzamento", a)
	}
	if o.Validazione != nil {
		v.validazione(where+", validazione del Nucleo", *o.Validazione)
	}
}

func (v *validator) peso(where string, p Peso) {
	var max float64
	switch p.Tipo {
	case PesoNessuno, PesoPunti, PesoPrerequisito:
		max = MaxPunteggio
	case PesoPercentuale:
		max = MaxPercentuale
	case PesoMoltiplicatore:
		max = MaxMoltiplicatore
	default:
		v.add(fmt.Sprintf("%s: tipo di peso %q sconosciuto", where, p.Tipo))
		return
	}
	if p.Valore < 0 {
		v.add(where + ": il peso non può essere negativo")
		return
	}
	v.number(where, "il peso", p.Valore, 0, max)
}

func (v *validator) indicatore(where string, ind Indicatore) {
	switch ind.Tipo {
	case IndTempo, IndPercentuale, IndNumero, IndSiNo, IndTesto:
	default:
		v.add(fmt.Sprintf("%s: tipo %q sconosciuto", where, ind.Tipo))
	}
	switch ind.Direzione {
	case DirezioneDalTarget, DirezioneCrescente, DirezioneDecrescente:
	default:
		v.add(fmt.Sprintf("%s: direzione %q sconosciuta (crescente, decrescente)", where, ind.Direzione))
	}
	v.text(where, MaxRiga, "il nome", ind.Nome, "l'unità di misura", ind.UnitaMisura, "il valore di partenza", ind.Baseline)
	v.text(where, MaxTesto, "il criterio di verifica", ind.Criterio, "le note", ind.Note)
	v.years(where, true, "l'anno del valore di partenza", ind.AnnoBaseline)
	v.number(where, "il peso", ind.Peso, 0, MaxPunteggio)
	v.list(where, "target", len(ind.Target))
	for _, t := range ind.Target {
		// Year 0 is a target for the whole span.
		v.years(where, true, "l'anno del target", t.Anno)
		v.text(where, MaxRiga, "il target", t.Valore)
	}
	v.list(where, "rilevazioni", len(ind.Risultati))
	for _, r := range ind.Risultati {
		v.risultato(where+", rilevazione", r)
	}
}

// clip shortens a name quoted in a message: the name itself may be the
// text that is too long.
func clip(s string) string {
	const n = 60
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
