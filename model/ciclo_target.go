package model

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Targets in real plans are text: "entro il 31/12/2023", "100% istanze
// pervenute", "≥ anno precedente", "< 40%", "almeno 5 pro capite". The
// program reads what it can, says in words what it understood, and where it
// cannot read a target it says why: the degree of achievement is then
// judged by the user, never guessed.

// TipoTarget is what kind of target the program read.
type TipoTarget int

const (
	TargetNonLetto   TipoTarget = iota // text the program does not read: the user judges
	TargetData                         // a deadline
	TargetSoglia                       // a figure to reach, or not to exceed
	TargetSiNo                         // done or not
	TargetPrecedente                   // compared with the previous value (the baseline)
)

// Confronto is the comparison a figure target asks for.
type Confronto int

const (
	AlMeno    Confronto = iota // ≥, "almeno", or a bare figure
	Maggiore                   // >
	AlMassimo                  // ≤, "non oltre", "entro 30 giorni"
	Minore                     // <
)

// MenoEMeglio reports whether the comparison means lower is better.
func (c Confronto) MenoEMeglio() bool { return c == AlMassimo || c == Minore }

func (c Confronto) parola() string {
	switch c {
	case Maggiore:
		return "più di"
	case AlMassimo:
		return "al massimo"
	case Minore:
		return "meno di"
	}
	return "almeno"
}

// TargetLetto is a target as the program understood it.
type TargetLetto struct {
	Tipo      TipoTarget
	Scadenza  Date      // TargetData
	Valore    float64   // TargetSoglia; TargetSiNo: 1 for sì, 0 for no
	Confronto Confronto // TargetSoglia, TargetPrecedente
	Percento  bool      // the figure is a percentage
	Unita     string    // the words after the figure: "istanze pervenute"
	// Capito says in words what the program understood, or, for
	// TargetNonLetto, why it could not read the target.
	Capito string
}

// Letto reports whether the program can compute with the target.
func (t TargetLetto) Letto() bool { return t.Tipo != TargetNonLetto }

var (
	reDataNum  = regexp.MustCompile(`\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})\b`)
	reDataMese = regexp.MustCompile(`\b(?:(\d{1,2})\s+)?(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s+(?:del\s+)?(\d{4})\b`)
	reNumero   = regexp.MustCompile(`^(\d[\d.,]*)\s*(%?)`)
	reAltroNum = regexp.MustCompile(`\d[\d.,]*`)
	mesi       = func() map[string]time.Month {
		m := make(map[string]time.Month, len(nomiMesi))
		for i, n := range nomiMesi {
			m[n] = time.Month(i + 1)
		}
		return m
	}()
)

// Words that may stand around a date without changing its meaning.
var paroleData = map[string]bool{"entro": true, "il": true, "al": true, "la": true, "data": true, "del": true,
	"della": true, "scadenza": true, "termine": true, "fine": true, "di": true, "lo": true, "a": true,
	"non": true, "oltre": true, "e": true, "mese": true, "mese di": true, "fissata": true, "prevista": true}

// Comparison words at the start of a figure target, longest first.
var confronti = []struct {
	s string
	c Confronto
}{
	{"pari o superiore a", AlMeno}, {"pari o superiore al", AlMeno}, {"non inferiore a", AlMeno}, {"non inferiore al", AlMeno},
	{"non meno di", AlMeno}, {"almeno", AlMeno}, {"minimo", AlMeno}, {"min.", AlMeno}, {">=", AlMeno}, {"=", AlMeno},
	{"pari a", AlMeno}, {"pari al", AlMeno},
	{"superiore a", Maggiore}, {"superiore al", Maggiore}, {"maggiore di", Maggiore}, {"più di", Maggiore}, {">", Maggiore},
	{"non superiore a", AlMassimo}, {"non superiore al", AlMassimo}, {"non più di", AlMassimo}, {"non oltre", AlMassimo},
	{"al massimo", AlMassimo}, {"massimo", AlMassimo}, {"max.", AlMassimo}, {"max", AlMassimo}, {"fino a", AlMassimo},
	{"fino al", AlMassimo}, {"entro", AlMassimo}, {"<=", AlMassimo},
	{"inferiore a", Minore}, {"inferiore al", Minore}, {"minore di", Minore}, {"meno di", Minore}, {"sotto il", Minore},
	{"sotto", Minore}, {"<", Minore},
}

// Longest first, so "superiore al" is not read as "superiore a" + "l".
func init() {
	sort.SliceStable(confronti, func(i, j int) bool { return len(confronti[i].s) > len(confronti[j].s) })
}

// Words that make a figure relative to something the program does not
// know: such targets are judged by the user.
var paroleRelative = []string{"rispetto", "media", "increment", "aument", "riduzion", "ridurre", "diminu",
	"variazion", "migliorament", "scostament", "superamento"}

// Phrases meaning "the previous value", read as the indicator's baseline.
var parolePrecedente = []string{"anno precedente", "anno prima", "valore precedente", "valore di partenza",
	"baseline", "valore iniziale", "livello attuale", "valore attuale"}

var signs = strings.NewReplacer("≥", ">=", "≤", "<=", "=>", ">=", "=<", "<=", "’", "'", "\u00a0", " ", "−", "-")

// normTarget lower-cases and spells the comparison signs one way.
func normTarget(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(signs.Replace(s))), " ")
}

// A plan repeats the same few target texts, and every degree of
// achievement reads its target: reading each text once keeps recomputing a
// large plan within a frame. The cache is emptied when it grows large.
var (
	lettiCache sync.Map // targetKey → TargetLetto
	lettiN     atomic.Int64
)

type targetKey struct {
	s    string
	tipo TipoIndicatore
}

// LeggiTarget reads a target written as text for an indicator of a type.
func LeggiTarget(s string, tipo TipoIndicatore) TargetLetto {
	k := targetKey{s, tipo}
	if t, ok := lettiCache.Load(k); ok {
		return t.(TargetLetto)
	}
	t := leggiTarget(s, tipo)
	if lettiN.Add(1) > 20000 {
		lettiCache.Clear()
		lettiN.Store(0)
	}
	lettiCache.Store(k, t)
	return t
}

func leggiTarget(s string, tipo TipoIndicatore) TargetLetto {
	t := normTarget(s)
	switch {
	case t == "":
		return nonLetto("il target è vuoto")
	case tipo == IndTesto:
		return nonLetto("indicatore descrittivo: il raggiungimento lo valuta chi compila")
	case tipo == IndSiNo:
		return leggiSiNo(t)
	}
	if d, resto, ok := trovaData(t); ok {
		if tipo != IndTempo && !soloParoleData(resto) {
			return nonLetto(fmt.Sprintf("il target contiene una data (%s) ma l'indicatore è di tipo %s", d, tipo))
		}
		if tipo != IndTempo {
			return nonLetto(fmt.Sprintf("il target è una scadenza (%s) ma l'indicatore è di tipo %s: cambiare il tipo in «tempo»", d, tipo))
		}
		return TargetLetto{Tipo: TargetData, Scadenza: d, Capito: "entro il " + d.String()}
	}
	if tipo == IndTempo {
		return nonLetto("non vi si trova una data: per calcolare il raggiungimento scrivere ad esempio «entro il 31/12/2023»")
	}
	return leggiSoglia(t, tipo)
}

func nonLetto(why string) TargetLetto { return TargetLetto{Tipo: TargetNonLetto, Capito: why} }

func leggiSiNo(t string) TargetLetto {
	switch t {
	case "no", "non realizzato", "falso":
		return TargetLetto{Tipo: TargetSiNo, Valore: 0, Capito: "no (da non realizzare)"}
	}
	return TargetLetto{Tipo: TargetSiNo, Valore: 1, Capito: "sì (da realizzare)"}
}

// trovaData finds the first date in t: 31/12/2023, 31.12.2023, "31
// dicembre 2023", or "settembre 2023" (the month's last day). It returns
// the rest of the text too.
func trovaData(t string) (Date, string, bool) {
	if m := reDataNum.FindStringSubmatchIndex(t); m != nil {
		d, err := ParseDate(t[m[0]:m[1]])
		if err == nil {
			return d, t[:m[0]] + " " + t[m[1]:], true
		}
	}
	if m := reDataMese.FindStringSubmatchIndex(t); m != nil {
		y, _ := strconv.Atoi(t[m[6]:m[7]])
		mon := mesi[t[m[4]:m[5]]]
		day := time.Date(y, mon+1, 0, 0, 0, 0, 0, time.UTC).Day() // last day of the month
		if m[2] >= 0 {
			day, _ = strconv.Atoi(t[m[2]:m[3]])
		}
		if d, err := NewDate(y, mon, day); err == nil {
			return d, t[:m[0]] + " " + t[m[1]:], true
		}
	}
	return Date{}, "", false
}

func soloParoleData(s string) bool {
	for _, w := range strings.Fields(strings.Trim(s, " ,.:;")) {
		if !paroleData[strings.Trim(w, ",.:;")] {
			return false
		}
	}
	return true
}

func leggiSoglia(t string, tipo TipoIndicatore) TargetLetto {
	for _, w := range paroleRelative {
		if strings.Contains(t, w) {
			return nonLetto("il target è relativo a un altro valore («" + w + "…»), che il programma non conosce: valutare a mano o scrivere il valore da raggiungere")
		}
	}
	c, haConfronto := AlMeno, false
	for _, k := range confronti {
		if strings.HasPrefix(t, k.s) {
			c, haConfronto = k.c, true
			t = strings.TrimSpace(t[len(k.s):])
			break
		}
	}
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "n."), "n "))
	for _, a := range []string{"il ", "al ", "a ", "del ", "lo ", "la ", "l'", "pari al ", "pari a "} {
		t = strings.TrimPrefix(t, a)
	}
	for _, w := range parolePrecedente {
		if strings.HasPrefix(t, w) || strings.HasPrefix(t, "valore dell'"+w) || strings.HasPrefix(t, "valore del"+w) {
			return TargetLetto{Tipo: TargetPrecedente, Confronto: c, Percento: tipo == IndPercentuale,
				Capito: c.parola() + " il valore di partenza (" + w + ")"}
		}
	}
	m := reNumero.FindStringSubmatch(t)
	if m == nil {
		return nonLetto("non vi si trova un valore da raggiungere all'inizio (ad esempio «almeno 5», «< 40%», «100%»)")
	}
	v, err := ParseNumber(strings.TrimRight(m[1], ".,"))
	if err != nil {
		return nonLetto("il valore «" + m[1] + "» non è un numero")
	}
	unita := strings.Trim(strings.TrimSpace(t[len(m[0]):]), ",.;:")
	for _, n := range reAltroNum.FindAllString(unita, -1) {
		if y, err := strconv.Atoi(n); err != nil || y < 1990 || y > 2100 {
			return nonLetto("il target contiene più di un valore (" + m[1] + " e " + n + "): scrivere un solo valore da raggiungere")
		}
	}
	out := TargetLetto{Tipo: TargetSoglia, Valore: v, Confronto: c, Percento: m[2] == "%" || tipo == IndPercentuale, Unita: unita}
	cifra := FormatNumber(v, decimals(v))
	if out.Percento {
		cifra += "%"
	}
	out.Capito = c.parola() + " " + cifra
	if unita != "" {
		out.Capito += " (" + unita + ")"
	}
	if !haConfronto {
		out.Capito += ", più alto è meglio"
	}
	return out
}

// ValoreLetto is a reading's value as understood for its indicator's type.
type ValoreLetto struct {
	Vuoto  bool
	Numero float64 // numero, percentuale
	Data   Date    // tempo: the day the work was done
	Si     bool    // sino
	Testo  string  // testo
}

// LeggiValore reads the value of a reading for an indicator of a type:
// a number (percentages from 0 to 100, "%" allowed), for timing the date
// the work was done (empty while not done), sì or no, or any text. The
// error says, in Italian, what is expected.
func LeggiValore(tipo TipoIndicatore, s string) (ValoreLetto, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return ValoreLetto{Vuoto: true}, nil
	}
	switch tipo {
	case IndNumero, IndPercentuale:
		n := strings.TrimSpace(strings.TrimSuffix(t, "%"))
		v, err := ParseNumber(n)
		if err != nil {
			return ValoreLetto{}, fmt.Errorf("«%s» non è un numero: scrivere ad esempio 1.363,18", t)
		}
		if tipo == IndPercentuale && (v < 0 || v > 100) {
			return ValoreLetto{}, fmt.Errorf("%s non è una percentuale possibile: deve stare tra 0 e 100", FormatNumber(v, decimals(v)))
		}
		return ValoreLetto{Numero: v}, nil
	case IndTempo:
		d, err := ParseDate(t)
		if err != nil {
			return ValoreLetto{}, fmt.Errorf("«%s» non è una data: scrivere il giorno in cui è stato completato, nel formato GG/MM/AAAA (vuoto se non ancora completato)", t)
		}
		return ValoreLetto{Data: d}, nil
	case IndSiNo:
		switch strings.ToLower(strings.Trim(t, ".")) {
		case "sì", "si", "s", "yes", "vero", "x", "1", "realizzato":
			return ValoreLetto{Si: true}, nil
		case "no", "n", "falso", "0", "non realizzato":
			return ValoreLetto{Si: false}, nil
		}
		return ValoreLetto{}, fmt.Errorf("«%s» non è una risposta sì/no: scrivere sì oppure no", t)
	}
	return ValoreLetto{Testo: t}, nil
}

// NormalizzaValore writes a reading's value in the program's own form:
// Italian numbers ("1.363,18"), dates "31/12/2023", "sì"/"no". What a
// spreadsheet or a person typed in another form is stored the same way.
func NormalizzaValore(tipo TipoIndicatore, s string) (string, error) {
	v, err := LeggiValore(tipo, s)
	if err != nil || v.Vuoto {
		return "", err
	}
	switch tipo {
	case IndNumero:
		return FormatNumber(v.Numero, decimals(v.Numero)), nil
	case IndPercentuale:
		return FormatNumber(v.Numero, decimals(v.Numero)) + "%", nil
	case IndTempo:
		return v.Data.String(), nil
	case IndSiNo:
		if v.Si {
			return "sì", nil
		}
		return "no", nil
	}
	return v.Testo, nil
}
