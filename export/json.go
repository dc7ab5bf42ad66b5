package export

import (
	"math"

	"pianoperformance/model"
)

// JSON writes the whole plan in the program's JSON format, re-importable,
// followed by the results computed from it at every checkpoint (esiti):
// degrees of achievement per indicator, objective, Area and ente, the
// Nucleo's figures and the shares of incentive by the SMVP's bands. An
// import ignores the esiti and computes them again from the readings.
func JSON(p *model.Plan) ([]byte, error) {
	e := esitiJSON{Nota: "Valori calcolati dal programma dalle rilevazioni e dal sistema di valutazione del piano; " +
		"all'importazione sono ignorati e ricalcolati."}
	for _, val := range valutazioni(p) {
		e.Verifiche = append(e.Verifiche, verificaJSON(val))
	}
	return model.MarshalPlanEsiti(p, e)
}

type esitiJSON struct {
	Nota      string          `json:"nota"`
	Verifiche []esitiVerifica `json:"verifiche"`
}

type esitiVerifica struct {
	VerificaID     int64            `json:"verifica_id"`
	Data           model.Date       `json:"data"`
	Finale         bool             `json:"finale"`
	Ente           aggregatoJSON    `json:"ente"`
	Aree           []areaJSON       `json:"aree"`
	Obiettivi      []obiettivoJSON  `json:"obiettivi"`
	IndicatoriEnte []indicatoreJSON `json:"indicatori_ente"`
}

type aggregatoJSON struct {
	Percentuale *float64 `json:"percentuale"`
	Media       *float64 `json:"media_prima_del_prerequisito"`
	Validata    *float64 `json:"validata"`
	Quota       *float64 `json:"quota_incentivo"`
	Azzerata    bool     `json:"azzerata_da_prerequisito"`
}

type areaJSON struct {
	AreaID int64  `json:"area_id"`
	Nome   string `json:"nome"`
	aggregatoJSON
}

type obiettivoJSON struct {
	ObiettivoID int64            `json:"obiettivo_id"`
	Codice      string           `json:"codice"`
	Percentuale *float64         `json:"percentuale"`
	Calcolata   *float64         `json:"media_indicatori"`
	Fonte       string           `json:"origine"`
	Validata    *float64         `json:"validata"`
	Quota       *float64         `json:"quota_incentivo"`
	Peso        float64          `json:"peso"`
	Mancato     bool             `json:"prerequisito_mancato"`
	Indicatori  []indicatoreJSON `json:"indicatori"`
}

type indicatoreJSON struct {
	IndicatoreID int64    `json:"indicatore_id"`
	Percentuale  *float64 `json:"percentuale"`
	Calcolata    *float64 `json:"calcolata"`
	Fonte        string   `json:"origine"`
	Target       string   `json:"target_letto"`
	Spiegazione  string   `json:"spiegazione"`
	Scostamento  string   `json:"scostamento,omitempty"`
}

// r2 rounds a percentage to hundredths, as the sheets show it.
func r2(f *float64) *float64 {
	if f == nil {
		return nil
	}
	v := math.Round(*f*100) / 100
	return &v
}

func aggJSON(g model.Aggregato) aggregatoJSON {
	return aggregatoJSON{r2(g.Percentuale), r2(g.Media), r2(g.Validata), r2(g.Quota), g.Azzerata}
}

func indJSON(e model.EsitoIndicatore) indicatoreJSON {
	return indicatoreJSON{e.Indicatore.ID, r2(e.Percentuale), r2(e.Calcolata), string(e.Fonte), e.Letto.Capito, e.Spiegazione(), e.Scostamento()}
}

func verificaJSON(val *model.Valutazione) esitiVerifica {
	out := esitiVerifica{VerificaID: val.Verifica.ID, Data: val.Verifica.Data, Finale: val.Finale, Ente: aggJSON(val.Ente),
		Aree: []areaJSON{}, Obiettivi: []obiettivoJSON{}, IndicatoriEnte: []indicatoreJSON{}}
	for _, a := range val.Aree {
		var id int64
		if a.Area != nil {
			id = a.Area.ID
		}
		out.Aree = append(out.Aree, areaJSON{id, a.Nome(), aggJSON(a.Aggregato)})
	}
	for _, e := range val.Obiettivi {
		o := obiettivoJSON{ObiettivoID: e.Obiettivo.ID, Codice: e.Obiettivo.Codice, Percentuale: r2(e.Percentuale), Calcolata: r2(e.Calcolata),
			Fonte: string(e.Fonte), Validata: r2(e.Validata), Quota: r2(e.Quota), Peso: e.Peso, Mancato: e.Mancato, Indicatori: []indicatoreJSON{}}
		for _, ei := range e.Indicatori {
			o.Indicatori = append(o.Indicatori, indJSON(ei))
		}
		out.Obiettivi = append(out.Obiettivi, o)
	}
	for _, ei := range val.IndicatoriEnte {
		out.IndicatoriEnte = append(out.IndicatoriEnte, indJSON(ei))
	}
	return out
}
