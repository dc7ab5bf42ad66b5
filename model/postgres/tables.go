package postgres

import (
	"time"

	"pianoperformance/model"
)

// The tables of a plan and how each record of the model becomes rows
// (see rows.go). Column lists match the schema (migrations/0001).

var (
	tEnte  = &table{"ente", nil, []string{"nome", "provincia", "regione", "codice_istat", "stemma"}}
	tPiano = &table{"piano", nil, []string{"anno", "anno_inizio", "anno_fine", "titolo", "sezione", "sottosezione",
		"stato", "approvazione_organo", "approvazione_numero", "approvazione_data", "gruppo_senza_area"}}
	tCapitolo   = &table{"capitolo", []string{"id"}, []string{"ordine", "titolo", "testo", "sezione"}}
	tTerritorio = &table{"territorio", nil, []string{"superficie_totale", "superficie_urbana", "altitudine",
		"altitudine_riferimento", "latitudine", "longitudine", "regione_agraria", "densita_stampata"}}
	tFrazione    = &table{"frazione", []string{"posizione"}, []string{"nome"}}
	tStrada      = &table{"strada", []string{"posizione"}, []string{"tipo", "km"}}
	tRisorsa     = &table{"risorsa_idrica", []string{"posizione"}, []string{"tipo", "numero"}}
	tPopolazione = &table{"popolazione", []string{"anno"}, []string{"residenti", "maschi", "femmine", "famiglie",
		"immigrati", "emigrati", "nati", "morti", "variazione_stampata"}}
	tFascia      = &table{"fascia_eta", []string{"id"}, []string{"ordine", "nome", "eta_min", "eta_max"}}
	tPopFascia   = &table{"popolazione_fascia", []string{"fascia_id", "anno"}, []string{"residenti"}}
	tUnita       = &table{"unita", []string{"id"}, []string{"parent_id", "ordine", "tipo", "nome", "intestazione", "responsabile", "ruolo_responsabile", "dipendenti", "part_time"}}
	tPersonale   = &table{"personale", []string{"anno"}, []string{"dipendenti", "part_time", "uomini", "donne", "abitanti_stampati", "per_mille_stampato", "perc_uomini_stampata", "perc_donne_stampata"}}
	tBenchmark   = &table{"benchmark", []string{"id"}, []string{"ordine", "descrizione", "fonte", "anno", "valore"}}
	tServizio    = &table{"servizio", []string{"id"}, []string{"ordine", "titolo", "descrizione", "data_sottoscrizione", "scadenza", "durata_illimitata", "stato"}}
	tPartner     = &table{"servizio_partner", []string{"servizio_id", "posizione"}, []string{"nome"}}
	tObiettivo   = &table{"obiettivo", []string{"id"}, []string{"parent_id", "ordine", "codice", "livello", "natura", "area_id", "tutte_le_unita", "segretario", "titolo", "descrizione", "programma", "centro_costo", "peso_tipo", "peso_valore", "risorse", "personale", "stato_attuazione", "note", "linea_strategica"}}
	tObUnita     = &table{"obiettivo_unita", []string{"obiettivo_id", "unita_id"}, nil}
	tObAnno      = &table{"obiettivo_anno", []string{"obiettivo_id", "anno"}, nil}
	tIndicatore  = &table{"indicatore", []string{"id"}, []string{"obiettivo_id", "ordine", "nome", "tipo", "unita_misura", "baseline", "anno_baseline", "direzione", "peso", "criterio", "note"}}
	tTarget      = &table{"target", []string{"indicatore_id", "anno"}, []string{"obiettivo_id", "valore"}}
	tRisultato   = &table{"risultato", []string{"id"}, []string{"indicatore_id", "obiettivo_id", "verifica_id", "data", "valore", "stato", "causa", "azione", "punteggio", "note", "forzatura_perc", "forzatura_calcolata", "forzatura_motivo", "forzatura_autore", "forzatura_quando"}}
	tFase        = &table{"fase", []string{"id"}, []string{"obiettivo_id", "ordine", "titolo", "inizio", "fine", "responsabile", "completata", "completamento"}}
	tFaseMese    = &table{"fase_mese", []string{"fase_id", "mese"}, []string{"obiettivo_id"}}
	tScadenzario = &table{"scadenzario", nil, []string{"approvazione_bilancio", "termine_bilancio", "regola", "giorni"}}
	tAdempimento = &table{"adempimento", []string{"chiave"}, []string{"data", "note"}}
	tConferma    = &table{"conferma_qualita", []string{"obiettivo_id", "criterio"}, []string{"esito", "note"}}

	// The performance cycle (migrations/0003).
	tVerifica    = &table{"verifica", []string{"id"}, []string{"data", "titolo"}}
	tAvanzamento = &table{"avanzamento", []string{"obiettivo_id", "verifica_id"}, []string{"nota", "esito", "punteggio", "forzatura_perc", "forzatura_calcolata", "forzatura_motivo", "forzatura_autore", "forzatura_quando"}}
	tValidazione = &table{"validazione", []string{"obiettivo_id"}, []string{"percentuale", "data", "verbale", "note"}}
	tSMVP        = &table{"smvp", nil, []string{"massimo", "ritardo_tipo", "ritardo_per_mese", "ritardo_tolleranza", "prerequisito_effetto", "prerequisito_soglia"}}
	tSMVPFascia  = &table{"smvp_fascia", []string{"posizione"}, []string{"da", "quota", "proporzionale"}}
	tRelazione   = &table{"relazione", nil, []string{"sintesi", "contesto", "bilancio_genere", "avvertenza", "approvazione_organo", "approvazione_numero", "approvazione_data", "validazione_esito", "validazione_data", "validazione_verbale", "validazione_note"}}
)

func enteRows(e model.Ente) []rows {
	return []rows{{t: tEnte, want: [][]any{{e.Nome, e.Provincia, e.Regione, e.CodiceISTAT, e.Stemma}}}}
}

func pianoRows(p model.Piano) []rows {
	return []rows{{t: tPiano, want: [][]any{{p.Anno, p.AnnoInizio, p.AnnoFine, p.Titolo, p.Sezione, p.Sottosezione,
		string(p.Stato), p.Approvazione.Organo, p.Approvazione.Numero, p.Approvazione.Data, p.GruppoSenzaArea}}}}
}

func capitoloRows(c model.Capitolo) []rows {
	return []rows{{t: tCapitolo, where: "id = $2", args: []any{c.ID},
		want: [][]any{{c.ID, c.Ordine, c.Titolo, c.Testo, c.Sezione}}}}
}

func territorioRows(t model.Territorio) []rows {
	rs := []rows{
		{t: tTerritorio, want: [][]any{{t.SuperficieTotale, t.SuperficieUrbana, t.Altitudine, t.AltitudineRiferimento,
			t.Latitudine, t.Longitudine, t.RegioneAgraria, t.DensitaStampata}}},
		{t: tFrazione}, {t: tStrada}, {t: tRisorsa},
	}
	for i, f := range t.Frazioni {
		rs[1].want = append(rs[1].want, []any{i, f})
	}
	for i, s := range t.Strade {
		rs[2].want = append(rs[2].want, []any{i, s.Tipo, s.Km})
	}
	for i, r := range t.RisorseIdriche {
		rs[3].want = append(rs[3].want, []any{i, r.Tipo, r.Numero})
	}
	return rs
}

func popolazioneRow(p model.PopolazioneAnno) []any {
	return []any{p.Anno, p.Residenti, p.Maschi, p.Femmine, p.Famiglie, p.Immigrati, p.Emigrati, p.Nati, p.Morti, p.VariazioneStampata}
}

func fasciaRow(f model.FasciaEta) []any { return []any{f.ID, f.Ordine, f.Nome, f.EtaMin, f.EtaMax} }

func popFasciaRow(pf model.PopolazioneFascia) []any { return []any{pf.FasciaID, pf.Anno, pf.Residenti} }

func unitaRow(u model.Unita) []any {
	return []any{u.ID, nullID(u.ParentID), u.Ordine, string(u.Tipo), u.Nome, u.Intestazione, u.Responsabile,
		string(u.RuoloResponsabile), u.Dipendenti, u.PartTime}
}

func personaleRow(p model.PersonaleAnno) []any {
	return []any{p.Anno, p.Dipendenti, p.PartTime, p.Uomini, p.Donne, p.AbitantiStampati, p.PerMilleStampato,
		p.PercUominiStampata, p.PercDonneStampata}
}

func benchmarkRow(b model.Benchmark) []any {
	return []any{b.ID, b.Ordine, b.Descrizione, b.Fonte, b.Anno, b.Valore}
}

func servizioRows(s model.ServizioAssociato) []rows {
	rs := []rows{
		{t: tServizio, where: "id = $2", args: []any{s.ID}, want: [][]any{{s.ID, s.Ordine, s.Titolo, s.Descrizione,
			s.DataSottoscrizione, s.Scadenza, s.DurataIllimitata, s.Stato}}},
		{t: tPartner, where: "servizio_id = $2", args: []any{s.ID}},
	}
	for i, p := range s.Partner {
		rs[1].want = append(rs[1].want, []any{s.ID, i, p})
	}
	return rs
}

// obiettivoRows are the rows of an objective whose IDs (its own and those
// of its indicators, readings and phases) are all set.
func obiettivoRows(o *model.Obiettivo) []rows {
	by := func(t *table) rows { return rows{t: t, where: "obiettivo_id = $2", args: []any{o.ID}} }
	ob := rows{t: tObiettivo, where: "id = $2", args: []any{o.ID}, want: [][]any{{o.ID, nullID(o.ParentID), o.Ordine,
		o.Codice, string(o.Livello), string(o.Natura), nullID(o.AreaID), o.TutteLeUnita, o.Segretario, o.Titolo,
		o.Descrizione, o.Programma, o.CentroCosto, string(o.Peso.Tipo), o.Peso.Valore, o.Risorse, o.Personale,
		o.StatoAttuazione, o.Note, o.LineaStrategica}}}
	un, an, ind, tg, ris := by(tObUnita), by(tObAnno), by(tIndicatore), by(tTarget), by(tRisultato)
	fa, me, av, va := by(tFase), by(tFaseMese), by(tAvanzamento), by(tValidazione)
	for _, u := range o.UnitaIDs {
		un.want = append(un.want, []any{o.ID, u})
	}
	for _, a := range o.Anni {
		an.want = append(an.want, []any{o.ID, a})
	}
	for i := range o.Indicatori {
		indicatoreRows(o.ID, &o.Indicatori[i], &ind, &tg, &ris)
	}
	for _, f := range o.Fasi {
		fa.want = append(fa.want, []any{f.ID, o.ID, f.Ordine, f.Titolo, f.Inizio, f.Fine, f.Responsabile, f.Completata, f.Completamento})
		for _, m := range f.Mesi {
			me.want = append(me.want, []any{f.ID, m, o.ID})
		}
	}
	for _, a := range o.Avanzamenti {
		av.want = append(av.want, avanzamentoRow(o.ID, a))
	}
	if v := o.Validazione; v != nil {
		va.want = append(va.want, []any{o.ID, v.Percentuale, v.Data, v.Verbale, v.Note})
	}
	return []rows{ob, un, an, ind, tg, ris, fa, me, av, va}
}

// indicatoreRows adds the rows of an indicator of objective ob (0: of the
// whole ente) to those of the indicators, targets and readings.
func indicatoreRows(ob int64, in *model.Indicatore, ind, tg, ris *rows) {
	ind.want = append(ind.want, []any{in.ID, nullID(ob), in.Ordine, in.Nome, string(in.Tipo), in.UnitaMisura,
		in.Baseline, in.AnnoBaseline, string(in.Direzione), in.Peso, in.Criterio, in.Note})
	for _, t := range in.Target {
		tg.want = append(tg.want, []any{in.ID, t.Anno, nullID(ob), t.Valore})
	}
	for _, r := range in.Risultati {
		ris.want = append(ris.want, risultatoRow(ob, in.ID, r))
	}
}

// indicatoreEnteRows are the rows of an indicator of the whole ente.
func indicatoreEnteRows(in *model.Indicatore) []rows {
	ind := rows{t: tIndicatore, where: "id = $2 AND obiettivo_id IS NULL", args: []any{in.ID}}
	tg := rows{t: tTarget, where: "indicatore_id = $2", args: []any{in.ID}}
	ris := rows{t: tRisultato, where: "indicatore_id = $2", args: []any{in.ID}}
	indicatoreRows(0, in, &ind, &tg, &ris)
	return []rows{ind, tg, ris}
}

func risultatoRow(ob, ind int64, r model.Risultato) []any {
	return append([]any{r.ID, ind, nullID(ob), r.VerificaID, r.Data, r.Valore, string(r.Stato), r.Causa, r.Azione,
		r.Punteggio, r.Note}, forzaturaVals(r.Forzatura)...)
}

func avanzamentoRow(ob int64, a model.Avanzamento) []any {
	return append([]any{ob, a.VerificaID, a.Nota, a.Esito, a.Punteggio}, forzaturaVals(a.Forzatura)...)
}

// forzaturaVals are the columns of a degree set by hand. The time is kept
// as written, to the nanosecond, so that a copy loses nothing.
func forzaturaVals(f *model.Forzatura) []any {
	if f == nil {
		return []any{nil, nil, "", "", nil}
	}
	var quando any
	if !f.Quando.IsZero() {
		quando = f.Quando.UTC().Format(time.RFC3339Nano)
	}
	return []any{f.Percentuale, f.Calcolata, f.Motivo, f.Autore, quando}
}

func verificaRow(v model.Verifica) []any { return []any{v.ID, v.Data, v.Titolo} }

func smvpRows(s model.SMVP) []rows {
	rs := []rows{
		{t: tSMVP, want: [][]any{{s.Massimo, string(s.Ritardo.Tipo), s.Ritardo.PerMese, s.Ritardo.Tolleranza,
			string(s.Prerequisito.Effetto), s.Prerequisito.Soglia}}},
		{t: tSMVPFascia},
	}
	for i, f := range s.Fasce {
		rs[1].want = append(rs[1].want, []any{i, f.Da, f.Quota, f.Proporzionale})
	}
	return rs
}

func relazioneRows(r model.Relazione) []rows {
	return []rows{{t: tRelazione, want: [][]any{{r.Sintesi, r.Contesto, r.BilancioGenere, r.Avvertenza,
		r.Approvazione.Organo, r.Approvazione.Numero, r.Approvazione.Data, string(r.Validazione.Esito),
		r.Validazione.Data, r.Validazione.Verbale, r.Validazione.Note}}}}
}

func scadenzarioRows(s model.Scadenzario) []rows {
	rs := []rows{
		{t: tScadenzario, want: [][]any{{s.ApprovazioneBilancio, s.TermineBilancio, string(s.Regola), s.Giorni}}},
		{t: tAdempimento},
	}
	for _, a := range s.Adempimenti {
		rs[1].want = append(rs[1].want, []any{a.Chiave, a.Data, a.Note})
	}
	return rs
}

func confermaRow(c model.ConfermaQualita) []any {
	return []any{c.ObiettivoID, string(c.Criterio), c.Esito, c.Note}
}
