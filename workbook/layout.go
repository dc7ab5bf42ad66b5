package workbook

import "pianoperformance/model"

// The sheets of a workbook and their columns: one definition that the
// writer lays out and the reader finds again. The reader finds columns by
// the keys of a hidden row, not by position, so a column moved or hidden
// by the user is still read.

// colonna is a column of a data sheet.
type colonna struct {
	chiave    string  // key in the hidden row
	titolo    string  // header shown
	larghezza float64 // in characters
	compila   bool    // a cell to fill in: unlocked, yellow
	aiuto     string  // input hint shown on the cell ("" for none)
}

// foglio is a data sheet: its name, its kind (the suffix of its key
// column) and its columns; the key column comes last and is hidden.
type foglio struct {
	nome        string
	tipo        string
	colonne     []colonna
	righeMinime int // lines of height of a row, for room to write
}

// Keys of the columns the reader needs.
const (
	kCodice     = "codice"
	kObiettivo  = "obiettivo"
	kIndicatore = "indicatore"
	kValore     = "valore"
	kData       = "data"
	kStato      = "stato"
	kCausa      = "causa"
	kAzione     = "azione"
	kNota       = "nota"
	kFase       = "fase"
	kConclusa   = "conclusa"
	kChiave     = "chiave."
)

// Rows of a data sheet: the hidden keys, the title, the subtitle, the
// groups of columns, the headers; data from rigaDati on.
const (
	rigaChiavi   = 1
	rigaTitolo   = 2
	rigaSotto    = 3
	rigaGruppi   = 4
	rigaTitoli   = 5
	rigaDati     = 6
	maxRigheTest = 10 // the reader looks for the hidden keys in the first rows
)

const (
	nomeIndicatori = "Indicatori"
	nomeObiettivi  = "Obiettivi"
	nomeFasi       = "Fasi"
	nomeIstruzioni = "Istruzioni"
	nomeIdentita   = "_scheda"
)

func foglioIndicatori(v model.Verifica, anno int) foglio {
	al := v.Data.String()
	return foglio{nome: nomeIndicatori, tipo: "indicatori", righeMinime: 2, colonne: []colonna{
		{chiave: kCodice, titolo: "Codice", larghezza: 9},
		{chiave: kObiettivo, titolo: "Obiettivo", larghezza: 30},
		{chiave: kIndicatore, titolo: "Indicatore", larghezza: 26},
		{chiave: "misura", titolo: "Unità di misura", larghezza: 11},
		{chiave: "partenza", titolo: "Valore di partenza", larghezza: 11},
		{chiave: "target", titolo: "Target " + itoa(anno), larghezza: 16},
		{chiave: "ultima", titolo: "Ultima rilevazione", larghezza: 14},
		{chiave: kValore, titolo: "Valore al " + al, larghezza: 14, compila: true},
		{chiave: kData, titolo: "Data della rilevazione", larghezza: 12, compila: true,
			aiuto: "Il giorno in cui il valore è stato rilevato, GG/MM/AAAA. Vuota: la data della verifica (" + al + ")."},
		{chiave: kStato, titolo: "Stato", larghezza: 14, compila: true,
			aiuto: "Scegliere dall'elenco: non avviato, in linea, a rischio, critico, raggiunto, non raggiunto."},
		{chiave: kCausa, titolo: "Causa dello scostamento", larghezza: 26, compila: true,
			aiuto: "Se lo stato è a rischio, critico o non raggiunto: perché."},
		{chiave: kAzione, titolo: "Azione correttiva", larghezza: 26, compila: true,
			aiuto: "Se lo stato è a rischio, critico o non raggiunto: che cosa si fa per rimediare."},
		{chiave: kChiave + "indicatori", titolo: "", larghezza: 4},
	}}
}

func foglioObiettivi(v model.Verifica) foglio {
	return foglio{nome: nomeObiettivi, tipo: "obiettivi", righeMinime: 3, colonne: []colonna{
		{chiave: kCodice, titolo: "Codice", larghezza: 9},
		{chiave: kObiettivo, titolo: "Obiettivo", larghezza: 40},
		{chiave: "unita", titolo: "Unità responsabili", larghezza: 24},
		{chiave: "precedente", titolo: "Stato di attuazione alla verifica precedente", larghezza: 36},
		{chiave: kNota, titolo: "Stato di attuazione al " + v.Data.String(), larghezza: 60, compila: true,
			aiuto: "Che cosa è stato fatto finora e che cosa resta da fare."},
		{chiave: kChiave + "obiettivi", titolo: "", larghezza: 4},
	}}
}

func foglioFasi(p *model.Plan) foglio {
	return foglio{nome: nomeFasi, tipo: "fasi", righeMinime: 1, colonne: []colonna{
		{chiave: kCodice, titolo: "Codice", larghezza: 9},
		{chiave: kObiettivo, titolo: "Obiettivo", larghezza: 34},
		{chiave: kFase, titolo: "Fase", larghezza: 34},
		{chiave: "inizio", titolo: "Inizio", larghezza: 11},
		{chiave: "fine", titolo: "Fine prevista", larghezza: 11},
		{chiave: kConclusa, titolo: "Conclusa", larghezza: 11, compila: true,
			aiuto: "Scegliere sì se la fase è conclusa."},
		{chiave: kData, titolo: "Conclusa il", larghezza: 12, compila: true,
			aiuto: "Il giorno in cui la fase è stata conclusa, GG/MM/AAAA (" + finestra(p) + ")."},
		{chiave: kChiave + "fasi", titolo: "", larghezza: 4},
	}}
}

// finestra describes the dates the plan accepts for readings and
// completions, as the model checks them.
func finestra(p *model.Plan) string {
	da, a, ok := p.FinestraLetture()
	if !ok {
		return "nel formato GG/MM/AAAA"
	}
	return "dal " + da.String() + " al " + a.String()
}
