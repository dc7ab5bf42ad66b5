package export

import (
	"strings"

	"pianoperformance/model"
)

// tables builds every section of the plan, in the order of the document.
func tables(p *model.Plan) []*table {
	return []*table{
		entePiano(p), capitoli(p), territorio(p), strade(p), popolazione(p),
		fasce(p), unita(p), personale(p), benchmark(p), servizi(p),
		obiettivi(p), indicatori(p), fasi(p),
		verifiche(p), risultati(p), esitiObiettivi(p), esitiAree(p), sistemaValutazione(p), relazione(p),
	}
}

func entePiano(p *model.Plan) *table {
	t := &table{Sheet: "Ente e piano", File: "ente_piano.csv", Cols: []column{
		col("Comune"), col("Provincia"), col("Regione"), col("Codice ISTAT"),
		key("Anno"), key("Anno inizio triennio"), key("Anno fine triennio"),
		col("Titolo"), col("Sezione"), col("Sottosezione"), col("Stato"),
		col("Organo di approvazione"), col("Numero atto"), col("Data atto"),
	}}
	e, pi := p.Ente, p.Piano
	t.add(txt(e.Nome), txt(e.Provincia), txt(e.Regione), txt(e.CodiceISTAT),
		intc(pi.Anno), intc(pi.AnnoInizio), intc(pi.AnnoFine),
		txt(pi.Titolo), txt(pi.Sezione), txt(pi.Sottosezione), txt(string(pi.Stato)),
		txt(pi.Approvazione.Organo), txt(pi.Approvazione.Numero), optDate(pi.Approvazione.Data))
	return t
}

func capitoli(p *model.Plan) *table {
	t := &table{Sheet: "Capitoli", File: "capitoli.csv", Cols: []column{
		key("Ordine"), col("Titolo"), col("Sezione collegata"), col("Testo"),
	}}
	for _, c := range p.Capitoli {
		t.add(intc(c.Ordine), txt(c.Titolo), txt(c.Sezione), txt(c.Testo))
	}
	return t
}

func territorio(p *model.Plan) *table {
	t := &table{Sheet: "Territorio", File: "territorio.csv", Cols: []column{
		col("Superficie totale (km²)"), col("Superficie urbana (km²)"), col("Altitudine (m)"),
		col("Riferimento altitudine"), col("Latitudine"), col("Longitudine"), col("Regione agraria"),
		col("Frazioni"), col("Risorse idriche"), calc("Km di strade", 2),
		calc("Anno popolazione", -1).asKey(), calc("Densità (abitanti per km²)", 2),
	}}
	tr := p.Territorio
	var acque []string
	for _, r := range tr.RisorseIdriche {
		acque = append(acque, r.Tipo+": "+model.FormatInt(r.Numero))
	}
	dens, anno, ok := p.DensitaAttuale()
	annoCell := cell{}
	if anno != 0 {
		annoCell = intc(anno)
	}
	t.add(num(tr.SuperficieTotale), num(tr.SuperficieUrbana), intc(tr.Altitudine),
		txt(tr.AltitudineRiferimento), txt(tr.Latitudine), txt(tr.Longitudine), txt(tr.RegioneAgraria),
		txt(strings.Join(tr.Frazioni, ", ")), txt(strings.Join(acque, "; ")), num(tr.KmStrade()),
		annoCell, derivedNum(dens, ok))
	return t
}

func strade(p *model.Plan) *table {
	t := &table{Sheet: "Strade", File: "strade.csv", Cols: []column{
		col("Tipo"), col("Km"), calc("% sul totale", 2),
	}}
	tot := p.Territorio.KmStrade()
	for _, s := range p.Territorio.Strade {
		t.add(txt(s.Tipo), num(s.Km), derivedNum(s.Km*100/tot, tot > 0))
	}
	return t
}

func popolazione(p *model.Plan) *table {
	t := &table{Sheet: "Popolazione", File: "popolazione.csv", Cols: []column{
		key("Anno"), col("Residenti"), col("Maschi"), col("Femmine"),
		calc("% maschi", 2), calc("% femmine", 2), col("Famiglie"),
		col("Immigrati"), col("Emigrati"), col("Nati"), col("Morti"),
		calc("Saldo naturale", -1), calc("Saldo migratorio", -1), calc("Saldo", -1),
		calc("Variazione sull'anno precedente", -1),
	}}
	for _, r := range p.Popolazione {
		v, ok := p.Variazione(r.Anno)
		t.add(intc(r.Anno), intc(r.Residenti), intc(r.Maschi), intc(r.Femmine),
			share(r.Maschi, r.Residenti), share(r.Femmine, r.Residenti), intc(r.Famiglie),
			intc(r.Immigrati), intc(r.Emigrati), intc(r.Nati), intc(r.Morti),
			intc(r.SaldoNaturale()), intc(r.SaldoMigratorio()), intc(r.Saldo()),
			derivedNum(float64(v), ok))
	}
	return t
}

// share is n as a percentage of tot, empty when tot is zero.
func share(n, tot int) cell { return derivedNum(float64(n)*100/float64(tot), tot > 0) }

func fasce(p *model.Plan) *table {
	t := &table{Sheet: "Fasce d'età", File: "fasce_eta.csv", Cols: []column{
		key("Anno"), col("Fascia"), col("Età minima"), col("Età massima"), col("Residenti"),
		calc("% sui residenti", 2),
	}}
	for _, anno := range p.AnniFasce() {
		tot := 0
		if r, ok := p.PopolazioneDi(anno); ok {
			tot = r.Residenti
		}
		for _, f := range p.Fasce {
			n, ok := p.FasciaResidenti(f.ID, anno)
			if !ok {
				continue
			}
			t.add(intc(anno), txt(f.Nome), optInt(f.EtaMin), optInt(f.EtaMax), intc(n), share(n, tot))
		}
	}
	return t
}

func personale(p *model.Plan) *table {
	t := &table{Sheet: "Personale", File: "personale.csv", Cols: []column{
		key("Anno"), col("Dipendenti"), col("Di cui part-time"), col("Uomini"), col("Donne"),
		calc("Residenti", -1), calc("Dipendenti per 1.000 abitanti", 2),
		calc("% uomini", 2), calc("% donne", 2),
	}}
	for _, s := range p.Personale {
		res := cell{}
		if r, ok := p.PopolazioneDi(s.Anno); ok {
			res = intc(r.Residenti)
		}
		pm, ok := p.PerMille(s.Anno)
		t.add(intc(s.Anno), intc(s.Dipendenti), optInt(s.PartTime), intc(s.Uomini), intc(s.Donne),
			res, derivedNum(pm, ok),
			derivedNum(s.PercUomini(), s.Dipendenti > 0), derivedNum(s.PercDonne(), s.Dipendenti > 0))
	}
	return t
}

func benchmark(p *model.Plan) *table {
	t := &table{Sheet: "Benchmark", File: "benchmark.csv", Cols: []column{
		col("Descrizione"), col("Fonte"), key("Anno"), col("Dipendenti per 1.000 abitanti"),
	}}
	for _, b := range p.Benchmark {
		t.add(txt(b.Descrizione), txt(b.Fonte), intc(b.Anno), num(b.Valore))
	}
	return t
}

func servizi(p *model.Plan) *table {
	t := &table{Sheet: "Servizi associati", File: "servizi_associati.csv", Cols: []column{
		col("Titolo"), col("Descrizione"), col("Comuni partner"), col("Data sottoscrizione"),
		col("Scadenza"), col("Durata illimitata"), col("Stato"),
	}}
	for _, s := range p.Servizi {
		t.add(txt(s.Titolo), txt(s.Descrizione), txt(strings.Join(s.Partner, ", ")),
			optDate(s.DataSottoscrizione), optDate(s.Scadenza), yesNo(s.DurataIllimitata), txt(s.Stato))
	}
	return t
}
