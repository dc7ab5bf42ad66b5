package model

import "strings"

// Voce is an entry of the D.Lgs 118/2011 catalogue.
type Voce struct {
	Codice string
	Nome   string
}

// Missioni is the catalogue of missioni of the spending budget.
var Missioni = []Voce{
	{"01", "Servizi istituzionali, generali e di gestione"},
	{"02", "Giustizia"},
	{"03", "Ordine pubblico e sicurezza"},
	{"04", "Istruzione e diritto allo studio"},
	{"05", "Tutela e valorizzazione dei beni e delle attività culturali"},
	{"06", "Politiche giovanili, sport e tempo libero"},
	{"07", "Turismo"},
	{"08", "Assetto del territorio ed edilizia abitativa"},
	{"09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente"},
	{"10", "Trasporti e diritto alla mobilità"},
	{"11", "Soccorso civile"},
	{"12", "Diritti sociali, politiche sociali e famiglia"},
	{"13", "Tutela della salute"},
	{"14", "Sviluppo economico e competitività"},
	{"15", "Politiche per il lavoro e la formazione professionale"},
	{"16", "Agricoltura, politiche agroalimentari e pesca"},
	{"17", "Energia e diversificazione delle fonti energetiche"},
	{"18", "Relazioni con le altre autonomie territoriali e locali"},
	{"19", "Relazioni internazionali"},
	{"20", "Fondi e accantonamenti"},
	{"50", "Debito pubblico"},
	{"60", "Anticipazioni finanziarie"},
	{"99", "Servizi per conto terzi"},
}

// Programmi is the catalogue of programmi (code MMPP) used by comuni; the
// regional-only "politica regionale unitaria" programmi are left out.
var Programmi = []Voce{
	{"0101", "Organi istituzionali"},
	{"0102", "Segreteria generale"},
	{"0103", "Gestione economica, finanziaria, programmazione e provveditorato"},
	{"0104", "Gestione delle entrate tributarie e servizi fiscali"},
	{"0105", "Gestione dei beni demaniali e patrimoniali"},
	{"0106", "Ufficio tecnico"},
	{"0107", "Elezioni e consultazioni popolari - Anagrafe e stato civile"},
	{"0108", "Statistica e sistemi informativi"},
	{"0109", "Assistenza tecnico-amministrativa agli enti locali"},
	{"0110", "Risorse umane"},
	{"0111", "Altri servizi generali"},
	{"0201", "Uffici giudiziari"},
	{"0202", "Casa circondariale e altri servizi"},
	{"0301", "Polizia locale e amministrativa"},
	{"0302", "Sistema integrato di sicurezza urbana"},
	{"0401", "Istruzione prescolastica"},
	{"0402", "Altri ordini di istruzione non universitaria"},
	{"0404", "Istruzione universitaria"},
	{"0405", "Istruzione tecnica superiore"},
	{"0406", "Servizi ausiliari all'istruzione"},
	{"0407", "Diritto allo studio"},
	{"0501", "Valorizzazione dei beni di interesse storico"},
	{"0502", "Attività culturali e interventi diversi nel settore culturale"},
	{"0601", "Sport e tempo libero"},
	{"0602", "Giovani"},
	{"0701", "Sviluppo e valorizzazione del turismo"},
	{"0801", "Urbanistica e assetto del territorio"},
	{"0802", "Edilizia residenziale pubblica e locale e piani di edilizia economico-popolare"},
	{"0901", "Difesa del suolo"},
	{"0902", "Tutela, valorizzazione e recupero ambientale"},
	{"0903", "Rifiuti"},
	{"0904", "Servizio idrico integrato"},
	{"0905", "Aree protette, parchi naturali, protezione naturalistica e forestazione"},
	{"0906", "Tutela e valorizzazione delle risorse idriche"},
	{"0907", "Sviluppo sostenibile territorio montano piccoli Comuni"},
	{"0908", "Qualità dell'aria e riduzione dell'inquinamento"},
	{"1001", "Trasporto ferroviario"},
	{"1002", "Trasporto pubblico locale"},
	{"1003", "Trasporto per vie d'acqua"},
	{"1004", "Altre modalità di trasporto"},
	{"1005", "Viabilità e infrastrutture stradali"},
	{"1101", "Sistema di protezione civile"},
	{"1102", "Interventi a seguito di calamità naturali"},
	{"1201", "Interventi per l'infanzia e i minori e per asili nido"},
	{"1202", "Interventi per la disabilità"},
	{"1203", "Interventi per gli anziani"},
	{"1204", "Interventi per soggetti a rischio di esclusione sociale"},
	{"1205", "Interventi per le famiglie"},
	{"1206", "Interventi per il diritto alla casa"},
	{"1207", "Programmazione e governo della rete dei servizi sociosanitari e sociali"},
	{"1208", "Cooperazione e associazionismo"},
	{"1209", "Servizio necroscopico e cimiteriale"},
	{"1307", "Ulteriori spese in materia sanitaria"},
	{"1401", "Industria, PMI e Artigianato"},
	{"1402", "Commercio - reti distributive - tutela dei consumatori"},
	{"1403", "Ricerca e innovazione"},
	{"1404", "Reti e altri servizi di pubblica utilità"},
	{"1501", "Servizi per lo sviluppo del mercato del lavoro"},
	{"1502", "Formazione professionale"},
	{"1503", "Sostegno all'occupazione"},
	{"1601", "Sviluppo del settore agricolo e del sistema agroalimentare"},
	{"1602", "Caccia e pesca"},
	{"1701", "Fonti energetiche"},
	{"1801", "Relazioni finanziarie con le altre autonomie territoriali"},
	{"1901", "Relazioni internazionali e Cooperazione allo sviluppo"},
	{"1902", "Cooperazione territoriale"},
	{"2001", "Fondo di riserva"},
	{"2002", "Fondo crediti di dubbia esigibilità"},
	{"2003", "Altri fondi"},
	{"5001", "Quota interessi ammortamento mutui e prestiti obbligazionari"},
	{"5002", "Quota capitale ammortamento mutui e prestiti obbligazionari"},
	{"6001", "Restituzione anticipazioni di tesoreria"},
	{"9901", "Servizi per conto terzi - Partite di giro"},
	{"9902", "Anticipazioni per il finanziamento del sistema sanitario nazionale"},
}

// NomeMissione returns the name of a missione code, "" if unknown.
func NomeMissione(codice string) string { return lookup(Missioni, codice) }

// NomeProgramma returns the name of a programma code, "" if unknown.
func NomeProgramma(codice string) string { return lookup(Programmi, codice) }

// EtichettaProgramma is "0101 – Organi istituzionali (Missione 01 …)" for
// lists and sheets; it keeps unknown codes readable.
func EtichettaProgramma(codice string) string {
	if codice == "" {
		return ""
	}
	s := codice
	if n := NomeProgramma(codice); n != "" {
		s += " – " + n
	}
	if len(codice) == 4 {
		if m := NomeMissione(codice[:2]); m != "" {
			s += " (Missione " + codice[:2] + " " + m + ")"
		}
	}
	return s
}

func lookup(vv []Voce, codice string) string {
	codice = strings.TrimSpace(codice)
	for _, v := range vv {
		if v.Codice == codice {
			return v.Nome
		}
	}
	return ""
}
