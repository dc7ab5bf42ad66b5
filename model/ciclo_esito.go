package model

import (
	"fmt"
	"math"
	"time"
)

// FonteEsito says where a degree of achievement comes from.
type FonteEsito string

const (
	FonteNessuna   FonteEsito = ""          // none: no reading, or a target to judge
	FonteCalcolo   FonteEsito = "calcolato" // computed from the target and the value
	FonteStato     FonteEsito = "stato"     // a target the program cannot read, judged raggiunto (100) or non raggiunto (0)
	FonteForzatura FonteEsito = "forzato"   // overridden or judged by hand, with a written reason
)

// EsitoIndicatore is an indicator's degree of achievement at a checkpoint,
// with how it was reached (Spiegazione) and the deviation (Scostamento).
type EsitoIndicatore struct {
	Indicatore *Indicatore
	Target     string      // the target text in force (the year's, or the span's)
	Letto      TargetLetto // what the program understood of it
	Risultato  *Risultato  // the reading; nil when there is none
	// Percentuale is the degree that counts: the override if any, else the
	// computed one, else the judgement by state. nil: not evaluable yet.
	Percentuale *float64
	Calcolata   *float64 // what the program computed, before any override
	Fonte       FonteEsito
	c           calcolo
}

// esitoIndicatore computes an indicator's degree at checkpoint v.
func esitoIndicatore(ind *Indicatore, v Verifica, s SMVP) EsitoIndicatore {
	e := EsitoIndicatore{Indicatore: ind, Target: ind.TargetDi(v.Data.Year), Risultato: ind.RisultatoAl(v.ID)}
	e.Letto = LeggiTarget(e.Target, ind.Tipo)
	e.c = calcola(ind, e.Letto, e.Risultato, v.Data, s)
	e.Calcolata = e.c.perc
	r := e.Risultato
	switch {
	case r != nil && r.Forzatura != nil:
		e.Percentuale, e.Fonte = &r.Forzatura.Percentuale, FonteForzatura
	case e.Calcolata != nil:
		e.Percentuale, e.Fonte = e.Calcolata, FonteCalcolo
	case r != nil && !e.Letto.Letto() && (r.Stato == StatoRaggiunto || r.Stato == StatoNonRaggiunto):
		p := 0.0
		if r.Stato == StatoRaggiunto {
			p = 100
		}
		e.Percentuale, e.Fonte = &p, FonteStato
	}
	return e
}

// Spiegazione says how the degree was reached, or why there is none.
func (e EsitoIndicatore) Spiegazione() string {
	how := e.c.testo(e.Letto)
	switch e.Fonte {
	case FonteForzatura:
		return testoForzatura(e.Risultato.Forzatura, how)
	case FonteStato:
		return "valutato da chi compila: " + e.Risultato.Stato.Etichetta() + " (" + how + ")"
	}
	return how
}

// Scostamento is the deviation from the target in words; "" when none.
func (e EsitoIndicatore) Scostamento() string { return e.c.scostamento() }

// testoForzatura describes an override for printing and screens.
func testoForzatura(f *Forzatura, calcolo string) string {
	s := "forzato a " + FormatPerc(f.Percentuale)
	if f.Calcolata != nil {
		s = "calcolato " + FormatPerc(*f.Calcolata) + ", " + s
	}
	s += " da " + f.Autore
	if !f.Quando.IsZero() {
		q := f.Quando.In(time.Local)
		s += " il " + Date{q.Year(), q.Month(), q.Day()}.String()
	}
	return s + ": " + f.Motivo
}

// come is how a computation ended; calcolo keeps what its text needs, so
// the text is written only when someone reads it.
type come int

const (
	cNessunaLettura come = iota
	cValoreIllegibile
	cTargetDaValutare
	cNonScaduta
	cNonCompletataAllaScadenza
	cNonCompletata
	cInTempo
	cInTolleranza
	cPerMese
	cAzzerata
	cSiNoVuoto
	cSiNo
	cValoreVuoto
	cSenzaPartenza
	cCifra
)

type calcolo struct {
	come              come
	perc              *float64
	errore, baseline  string
	scad, done        Date
	giorni, tol, mesi int
	perMese           float64
	si, atteso        bool
	v, tv, tetto      float64
	meno              bool // lower is better
	percento          bool
	grezzaP           float64 // the ratio before the cap
}

// calcola applies the rules of the degree of achievement.
func calcola(ind *Indicatore, t TargetLetto, r *Risultato, al Date, s SMVP) calcolo {
	if r == nil {
		return calcolo{come: cNessunaLettura}
	}
	val, err := LeggiValore(ind.Tipo, r.Valore)
	if err != nil {
		return calcolo{come: cValoreIllegibile, errore: err.Error()}
	}
	if !t.Letto() {
		return calcolo{come: cTargetDaValutare}
	}
	switch t.Tipo {
	case TargetData:
		return calcolaData(t.Scadenza, val, al, s)
	case TargetSiNo:
		if val.Vuoto {
			return calcolo{come: cSiNoVuoto}
		}
		c := calcolo{come: cSiNo, si: val.Si, atteso: t.Valore == 1}
		if val.Si == c.atteso {
			c.perc = pctPtr(100)
		} else {
			c.perc = pctPtr(0)
		}
		return c
	}
	if val.Vuoto {
		return calcolo{come: cValoreVuoto}
	}
	tv := t.Valore
	if t.Tipo == TargetPrecedente {
		b, err := LeggiValore(ind.Tipo, ind.Baseline)
		if err != nil || b.Vuoto {
			return calcolo{come: cSenzaPartenza, baseline: ind.Baseline}
		}
		tv = b.Numero
	}
	return calcolaCifra(ind, t, tv, val.Numero, s)
}

func siNo(b bool) string {
	if b {
		return "sì"
	}
	return "no"
}

func pctPtr(v float64) *float64 { return &v }

// calcolaData: met by the deadline → 100 %; late → the SMVP's rule; not
// done by the deadline → 0 %; not done before it → nothing yet.
func calcolaData(scad Date, val ValoreLetto, al Date, s SMVP) calcolo {
	c := calcolo{scad: scad, tol: s.Ritardo.Tolleranza}
	if val.Vuoto {
		if al.Before(scad) {
			c.come = cNonScaduta
			return c
		}
		c.perc, c.giorni = pctPtr(0), giorniTra(scad, al)
		c.come = cNonCompletata
		if c.giorni == 0 {
			c.come = cNonCompletataAllaScadenza
		}
		return c
	}
	c.done, c.giorni = val.Data, giorniTra(scad, val.Data)
	switch {
	case c.giorni <= 0:
		c.come, c.perc = cInTempo, pctPtr(100)
	case c.giorni <= c.tol:
		c.come, c.perc = cInTolleranza, pctPtr(100)
	case s.Ritardo.Tipo == RitardoPerMese:
		from := scad.Time().AddDate(0, 0, c.tol)
		m := 1
		for from.AddDate(0, m, 0).Before(val.Data.Time()) {
			m++
		}
		c.come, c.mesi, c.perMese = cPerMese, m, s.Ritardo.PerMese
		c.perc = pctPtr(math.Max(0, 100-s.Ritardo.PerMese*float64(m)))
	default:
		c.come, c.perc = cAzzerata, pctPtr(0)
	}
	return c
}

// calcolaCifra: higher is better → value / target; lower is better →
// target / value; capped at the SMVP's maximum, never below 0.
func calcolaCifra(ind *Indicatore, t TargetLetto, tv, v float64, s SMVP) calcolo {
	c := calcolo{come: cCifra, v: v, tv: tv, tetto: s.Tetto(), percento: t.Percento, meno: t.Confronto.MenoEMeglio()}
	switch ind.Direzione {
	case DirezioneCrescente:
		c.meno = false
	case DirezioneDecrescente:
		c.meno = true
	}
	var p float64
	switch {
	case !c.meno && tv <= 0:
		if v >= tv {
			p = 100
		}
	case !c.meno:
		p = v / tv * 100
	case v <= 0:
		p = c.tetto
	default:
		p = tv / v * 100
	}
	c.grezzaP = p
	p = math.Max(0, math.Min(p, c.tetto))
	c.perc = &p
	return c
}

// testo writes how the computation went.
func (c calcolo) testo(t TargetLetto) string {
	switch c.come {
	case cNessunaLettura:
		return "nessuna rilevazione"
	case cValoreIllegibile:
		return "valore non leggibile: " + c.errore
	case cTargetDaValutare:
		return "target da valutare: " + t.Capito
	case cNonScaduta:
		return "non ancora completato; scadenza il " + c.scad.String()
	case cNonCompletataAllaScadenza:
		return "non completato entro la scadenza del " + c.scad.String()
	case cNonCompletata:
		return fmt.Sprintf("non completato alla data della verifica, %d giorni dopo la scadenza del %s", c.giorni, c.scad)
	case cInTempo:
		return "completato il " + c.done.String() + ", entro la scadenza del " + c.scad.String()
	case cInTolleranza:
		return fmt.Sprintf("completato il %s, %d giorni dopo la scadenza del %s, entro la tolleranza di %d giorni", c.done, c.giorni, c.scad, c.tol)
	case cPerMese:
		return fmt.Sprintf("completato il %s, %d giorni dopo la scadenza del %s: %d mesi o frazione di ritardo × %s punti = %s",
			c.done, c.giorni, c.scad, c.mesi, FormatNumber(c.perMese, decimals(c.perMese)), FormatPerc(*c.perc))
	case cAzzerata:
		return fmt.Sprintf("completato il %s, %d giorni dopo la scadenza del %s: una scadenza non rispettata vale 0%%", c.done, c.giorni, c.scad)
	case cSiNoVuoto:
		return "nessuna risposta"
	case cSiNo:
		if c.si == c.atteso {
			return "risposta «" + siNo(c.si) + "», come previsto"
		}
		return "risposta «" + siNo(c.si) + "», diversa dal previsto"
	case cValoreVuoto:
		return "nessun valore rilevato"
	case cSenzaPartenza:
		return "il target si confronta con il valore di partenza, che non è un numero («" + c.baseline + "»)"
	}
	var how string
	switch {
	case !c.meno && c.tv <= 0:
		how = "il target è zero o meno: raggiunto se il valore non è inferiore"
	case !c.meno:
		how = c.cifra(c.v) + " / " + c.cifra(c.tv)
	case c.v <= 0:
		how = "valore pari o inferiore a zero, il migliore possibile"
	default:
		how = c.cifra(c.tv) + " / " + c.cifra(c.v) + " (meno è meglio)"
	}
	s := fmt.Sprintf("rilevato %s, target %s %s: %s = %s", c.cifra(c.v), t.Confronto.parola(), c.cifra(c.tv), how, FormatPerc(c.grezzaP))
	if c.grezzaP > c.tetto {
		s += ", ridotto al massimo riconosciuto del " + FormatPerc(c.tetto)
	}
	return s
}

func (c calcolo) cifra(x float64) string {
	s := FormatNumber(x, decimals(math.Round(x*100)/100))
	if c.percento {
		s += "%"
	}
	return s
}

// scostamento writes the deviation from the target.
func (c calcolo) scostamento() string {
	switch c.come {
	case cNonCompletata:
		return fmt.Sprintf("scadenza superata di %d giorni", c.giorni)
	case cNonCompletataAllaScadenza:
		return "scadenza non rispettata"
	case cInTolleranza, cPerMese, cAzzerata:
		return fmt.Sprintf("ritardo di %d giorni", c.giorni)
	case cSiNo:
		if c.si != c.atteso {
			return "non realizzato"
		}
	case cCifra:
		d := c.v - c.tv
		if math.Abs(d) <= 1e-9 {
			return ""
		}
		sign := "+"
		if d < 0 {
			sign = "−"
		}
		return sign + c.cifra(math.Abs(d)) + " rispetto al target"
	}
	return ""
}

// EsitoIndicatore is the degree of achievement of one indicator of the
// plan at a checkpoint, for screens that show a single row; false when the
// checkpoint does not exist.
func (p *Plan) EsitoIndicatore(ind *Indicatore, verificaID int64) (EsitoIndicatore, bool) {
	v := p.VerificaByID(verificaID)
	if v == nil || ind == nil {
		return EsitoIndicatore{}, false
	}
	return esitoIndicatore(ind, *v, p.SMVP), true
}
