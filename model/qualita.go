package model

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The quality of an objective (D.Lgs 150/2009 art. 5 c.2) as a checklist:
// the program judges what it can read in the plan (a measurable target, a
// period, a baseline, resources, a responsible unit) and leaves to the
// user what only people can judge (relevance, real improvement, standards).

// CriterioQualita is one requirement of art. 5 c.2, plus the responsible
// unit that the PEG asks of every objective (TUEL art. 169).
type CriterioQualita string

const (
	QualitaRilevante     CriterioQualita = "rilevante"
	QualitaMisurabile    CriterioQualita = "misurabile"
	QualitaMiglioramento CriterioQualita = "miglioramento"
	QualitaPeriodo       CriterioQualita = "periodo"
	QualitaStandard      CriterioQualita = "standard"
	QualitaTendenza      CriterioQualita = "tendenza"
	QualitaRisorse       CriterioQualita = "risorse"
	QualitaResponsabile  CriterioQualita = "responsabile"
)

// InfoCriterio describes a criterion for the checklist and the printout.
type InfoCriterio struct {
	Criterio CriterioQualita
	Titolo   string // short, for column headings
	Testo    string // the requirement, close to the law's words
	Fonte    string
	// Automatico: the program judges it; otherwise the user confirms it.
	Automatico bool
}

// CriteriQualita lists the criteria in the law's order.
var CriteriQualita = []InfoCriterio{
	{QualitaRilevante, "Rilevante", "rilevante e pertinente rispetto ai bisogni della collettività, alla missione istituzionale, alle priorità politiche e alle strategie dell'amministrazione", "art. 5 c.2 lett. a", false},
	{QualitaMisurabile, "Misurabile", "specifico e misurabile in termini concreti e chiari: almeno un indicatore con un target misurabile", "art. 5 c.2 lett. b", true},
	{QualitaMiglioramento, "Miglioramento", "tale da determinare un significativo miglioramento della qualità dei servizi erogati e degli interventi", "art. 5 c.2 lett. c", false},
	{QualitaPeriodo, "Periodo", "riferibile ad un arco temporale determinato, di norma corrispondente ad un anno", "art. 5 c.2 lett. d", true},
	{QualitaStandard, "Standard", "commisurato ai valori di riferimento derivanti da standard nazionali e internazionali e da comparazioni con amministrazioni omologhe", "art. 5 c.2 lett. e", false},
	{QualitaTendenza, "Tendenza", "confrontabile con le tendenze della produttività dell'amministrazione, almeno del triennio precedente: un valore di partenza o un confronto con gli anni precedenti", "art. 5 c.2 lett. f", true},
	{QualitaRisorse, "Risorse", "correlato alla quantità e alla qualità delle risorse disponibili: risorse o personale indicati", "art. 5 c.2 lett. g", true},
	{QualitaResponsabile, "Responsabile", "assegnato a un'unità organizzativa responsabile", "TUEL art. 169", true},
}

// InfoQualita finds a criterion's description.
func InfoQualita(c CriterioQualita) (InfoCriterio, bool) {
	i := slices.IndexFunc(CriteriQualita, func(x InfoCriterio) bool { return x.Criterio == c })
	if i < 0 {
		return InfoCriterio{}, false
	}
	return CriteriQualita[i], true
}

// ConfermaQualita is the user's judgement of a criterion the program cannot
// judge for an objective.
type ConfermaQualita struct {
	ObiettivoID int64           `json:"obiettivo_id"`
	Criterio    CriterioQualita `json:"criterio"`
	Esito       bool            `json:"esito"` // true: the objective meets it
	Note        string          `json:"note,omitempty"`
}

// EsitoQualita is the outcome of one criterion.
type EsitoQualita string

const (
	QualitaSi           EsitoQualita = "si"
	QualitaNo           EsitoQualita = "no"
	QualitaDaConfermare EsitoQualita = "da_confermare"
)

// VoceQualita is one line of an objective's checklist.
type VoceQualita struct {
	Criterio CriterioQualita `json:"criterio"`
	Esito    EsitoQualita    `json:"esito"`
	// Motivo says why: what the program read, or the user's note.
	Motivo string `json:"motivo,omitempty"`
	// Confermata: the outcome is the user's, not the program's.
	Confermata bool `json:"confermata,omitempty"`
}

// QualitaObiettivo is an objective's checklist, in CriteriQualita order.
type QualitaObiettivo struct {
	ObiettivoID int64         `json:"obiettivo_id"`
	Voci        []VoceQualita `json:"voci"`
}

// Conta counts the outcomes.
func (q QualitaObiettivo) Conta() (si, no, daConfermare int) {
	for _, v := range q.Voci {
		switch v.Esito {
		case QualitaSi:
			si++
		case QualitaNo:
			no++
		default:
			daConfermare++
		}
	}
	return
}

// Voce finds the line of a criterion.
func (q QualitaObiettivo) Voce(c CriterioQualita) VoceQualita {
	for _, v := range q.Voci {
		if v.Criterio == c {
			return v
		}
	}
	return VoceQualita{Criterio: c, Esito: QualitaDaConfermare}
}

// ValutaQualita fills in the checklist of every objective of the plan.
func ValutaQualita(p *Plan) []QualitaObiettivo {
	out := make([]QualitaObiettivo, len(p.Obiettivi))
	for i, o := range p.Obiettivi {
		out[i] = QualitaDi(p, o)
	}
	return out
}

// QualitaDi fills in one objective's checklist. The user's confirmations
// count only where the program cannot judge; where it can, the way to
// change the outcome is to complete the objective.
func QualitaDi(p *Plan, o Obiettivo) QualitaObiettivo {
	q := QualitaObiettivo{ObiettivoID: o.ID}
	for _, info := range CriteriQualita {
		v := VoceQualita{Criterio: info.Criterio, Esito: QualitaDaConfermare}
		switch info.Criterio {
		case QualitaMisurabile:
			v.Esito, v.Motivo = misurabile(o)
		case QualitaPeriodo:
			v.Esito, v.Motivo = QualitaNo, "nessun anno indicato"
			if len(o.Anni) > 0 {
				v.Esito, v.Motivo = QualitaSi, "anni "+TestoAnni(o.Anni)
			}
		case QualitaTendenza:
			v.Esito, v.Motivo = tendenza(o)
		case QualitaRisorse:
			v.Esito, v.Motivo = QualitaNo, "né risorse né personale indicati"
			if strings.TrimSpace(o.Risorse) != "" || strings.TrimSpace(o.Personale) != "" {
				v.Esito, v.Motivo = QualitaSi, firstLine(cmp.Or(strings.TrimSpace(o.Risorse), o.Personale), 80)
			}
		case QualitaResponsabile:
			v.Esito, v.Motivo = QualitaNo, "nessuna Area o unità responsabile"
			if names := p.NomiUnita(o); len(names) > 0 {
				v.Esito, v.Motivo = QualitaSi, strings.Join(names, ", ")
			} else if o.AreaID != 0 {
				v.Esito, v.Motivo = QualitaSi, nomeArea(p, o.AreaID)
			}
		}
		if v.Esito == QualitaDaConfermare {
			for _, c := range p.ConfermeQualita {
				if c.ObiettivoID == o.ID && c.Criterio == info.Criterio {
					v.Esito, v.Motivo, v.Confermata = QualitaNo, c.Note, true
					if c.Esito {
						v.Esito = QualitaSi
					}
				}
			}
		}
		q.Voci = append(q.Voci, v)
	}
	return q
}

// A target is measurable when it holds a figure, a percentage or a date;
// "Settembre 2023" counts, "Svolgimento adempimenti" does not.
var (
	cifra  = regexp.MustCompile(`\d`)
	meseRe = regexp.MustCompile(`(?i)\b(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b`)
	siNoRe = regexp.MustCompile(`(?i)^\s*(sì|si|no)\s*$`)
)

func misurabile(o Obiettivo) (EsitoQualita, string) {
	if len(o.Indicatori) == 0 {
		return QualitaNo, "nessun indicatore"
	}
	var text []string
	for _, in := range o.Indicatori {
		for _, t := range in.Target {
			v := strings.TrimSpace(t.Valore)
			switch {
			case v == "":
			case cifra.MatchString(v) || meseRe.MatchString(v) || (in.Tipo == IndSiNo && siNoRe.MatchString(v)):
				return QualitaSi, fmt.Sprintf("«%s»: %s", in.Nome, firstLine(v, 60))
			default:
				text = append(text, firstLine(v, 60))
			}
		}
	}
	if len(text) == 0 {
		return QualitaNo, "nessun target indicato"
	}
	return QualitaDaConfermare, "target solo descrittivo: «" + text[0] + "»"
}

// Words of a target that compares with past years.
var storicoRe = regexp.MustCompile(`(?i)anno precedente|anni precedenti|ultimi (3|tre) anni|triennio precedente|rispetto al(la media|l'anno| 20\d\d)|media degli`)

func tendenza(o Obiettivo) (EsitoQualita, string) {
	for _, in := range o.Indicatori {
		if b := strings.TrimSpace(in.Baseline); b != "" {
			return QualitaSi, fmt.Sprintf("valore di partenza di «%s»: %s", in.Nome, firstLine(b, 60))
		}
	}
	for _, in := range o.Indicatori {
		for _, t := range in.Target {
			if storicoRe.MatchString(t.Valore) {
				return QualitaSi, "target confrontato con gli anni precedenti: «" + firstLine(t.Valore, 60) + "»"
			}
		}
	}
	return QualitaNo, "nessun valore di partenza né confronto con gli anni precedenti"
}

// An Area is over-loaded when it has more than RapportoObiettiviArea times
// the mean of the other Areas and at least ScartoObiettiviArea more: the
// Funzione pubblica's 2025 guidelines ask for few, selective objectives.
const (
	RapportoObiettiviArea = 2.0
	ScartoObiettiviArea   = 6
)

// CheckQualita warns about Areas with far more objectives than the others.
func CheckQualita(p *Plan) []Finding {
	count := map[int64]int{}
	for _, o := range p.Obiettivi {
		if o.AreaID != 0 {
			count[o.AreaID]++
		}
	}
	if len(count) < 2 {
		return nil
	}
	tot := 0
	for _, n := range count {
		tot += n
	}
	var out []Finding
	for _, a := range p.Aree() {
		n := count[a.ID]
		if n == 0 {
			continue
		}
		mean := float64(tot-n) / float64(len(count)-1)
		if float64(n) > RapportoObiettiviArea*mean && float64(n)-mean >= ScartoObiettiviArea {
			out = append(out, Finding{Gravita: Avviso, Sezione: SezioneObiettivi, ID: a.ID, Campo: "area_id", Riga: a.Nome,
				Valori:    fmt.Sprintf("%d obiettivi, media delle altre Aree %s", n, TestoNumero(roundTo(mean, 1))),
				Messaggio: "L'Area ha molti più obiettivi delle altre: le linee guida della Funzione pubblica (2025) chiedono pochi obiettivi, selettivi e misurabili."})
		}
	}
	return out
}

func roundTo(f float64, dec int) float64 {
	p := 1.0
	for range dec {
		p *= 10
	}
	return float64(int64(f*p+0.5)) / p
}

// SetConfermaQualita puts c in place of the confirmation of the same
// objective and criterion, or adds it; it builds a new slice.
func (p *Plan) SetConfermaQualita(c ConfermaQualita) {
	p.ConfermeQualita = slices.DeleteFunc(slices.Clone(p.ConfermeQualita), func(x ConfermaQualita) bool {
		return x.ObiettivoID == c.ObiettivoID && x.Criterio == c.Criterio
	})
	p.ConfermeQualita = append(p.ConfermeQualita, c)
	normalizeConferme(p)
}

// RemoveConfermaQualita drops a confirmation; it builds a new slice.
func (p *Plan) RemoveConfermaQualita(obiettivoID int64, c CriterioQualita) {
	p.ConfermeQualita = slices.DeleteFunc(slices.Clone(p.ConfermeQualita), func(x ConfermaQualita) bool {
		return x.ObiettivoID == obiettivoID && x.Criterio == c
	})
	normalizeConferme(p)
}

// ValidaConferma checks a confirmation before it is saved: the user
// judges only what the program leaves to be confirmed.
func (p *Plan) ValidaConferma(c ConfermaQualita) error {
	info, ok := InfoQualita(c.Criterio)
	if !ok {
		return fmt.Errorf("criterio di qualità %q sconosciuto", c.Criterio)
	}
	o := p.ObiettivoByID(c.ObiettivoID)
	if o == nil {
		return fmt.Errorf("l'obiettivo %d non esiste", c.ObiettivoID)
	}
	bare := *p
	bare.ConfermeQualita = nil
	if v := QualitaDi(&bare, *o).Voce(c.Criterio); v.Esito != QualitaDaConfermare {
		return fmt.Errorf("il criterio «%s» è valutato dal programma (%s): per cambiarne l'esito completare l'obiettivo", info.Titolo, v.Motivo)
	}
	return nil
}

// normalizeConferme orders confirmations by objective and criterion and
// keeps an empty list nil (the field is omitted from the JSON).
func normalizeConferme(p *Plan) {
	if len(p.ConfermeQualita) == 0 {
		p.ConfermeQualita = nil
		return
	}
	slices.SortStableFunc(p.ConfermeQualita, func(a, b ConfermaQualita) int {
		return cmp.Or(cmp.Compare(a.ObiettivoID, b.ObiettivoID), cmp.Compare(a.Criterio, b.Criterio))
	})
}

// validateScadenzeQualita checks the deadline records and the quality
// confirmations: known keys and criteria, dates set, objectives that exist.
func (p *Plan) validateScadenzeQualita(v *validator) {
	s := p.Scadenzario
	switch s.Regola {
	case RegolaApprovazioneBilancio, RegolaTermineBilancio, Regola31Gennaio:
	default:
		v.add(fmt.Sprintf("scadenze: regola %q sconosciuta (%q, %q o vuota)", s.Regola, RegolaTermineBilancio, Regola31Gennaio))
	}
	if s.Giorni < 0 || s.Giorni > 365 {
		v.add(fmt.Sprintf("scadenze: %d giorni dopo il bilancio non è un valore ammesso (da 0 a 365)", s.Giorni))
	}
	seen := map[string]bool{}
	for _, a := range s.Adempimenti {
		switch {
		case strings.TrimSpace(a.Chiave) == "":
			v.add("scadenze: un adempimento non indica a quale scadenza si riferisce")
		case a.Data.IsZero():
			v.add(fmt.Sprintf("scadenze: l'adempimento %q non ha la data", a.Chiave))
		case seen[a.Chiave]:
			v.add(fmt.Sprintf("scadenze: l'adempimento %q è ripetuto", a.Chiave))
		}
		seen[a.Chiave] = true
	}
	type key struct {
		id int64
		c  CriterioQualita
	}
	dup := map[key]bool{}
	for _, c := range p.ConfermeQualita {
		if _, ok := InfoQualita(c.Criterio); !ok {
			v.add(fmt.Sprintf("qualità: criterio %q sconosciuto", c.Criterio))
		}
		if p.ObiettivoByID(c.ObiettivoID) == nil {
			v.add(fmt.Sprintf("qualità: la conferma del criterio %q si riferisce all'obiettivo %d, che non esiste", c.Criterio, c.ObiettivoID))
		}
		if dup[key{c.ObiettivoID, c.Criterio}] {
			v.add(fmt.Sprintf("qualità: il criterio %q dell'obiettivo %d è confermato due volte", c.Criterio, c.ObiettivoID))
		}
		dup[key{c.ObiettivoID, c.Criterio}] = true
	}
}

// firstLine is the first line of s, cut to max characters.
func firstLine(s string, max int) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}
