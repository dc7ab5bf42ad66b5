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
// with how it was reached.
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
	Spiegazione string // how the figure was reached, or why there is none
	Scostamento string // the deviation from the target in words; "" when none
}

// esitoIndicatore computes an indicator's degree at checkpoint v.
func esitoIndicatore(ind *Indicatore, v Verifica, s SMVP) EsitoIndicatore {
	e := EsitoIndicatore{Indicatore: ind, Target: ind.TargetDi(v.Data.Year), Risultato: ind.RisultatoAl(v.ID)}
	e.Letto = LeggiTarget(e.Target, ind.Tipo)
	e.Calcolata, e.Spiegazione, e.Scostamento = calcola(ind, e.Letto, e.Risultato, v.Data, s)
	r := e.Risultato
	switch {
	case r != nil && r.Forzatura != nil:
		f := r.Forzatura
		e.Percentuale, e.Fonte = &f.Percentuale, FonteForzatura
		e.Spiegazione = testoForzatura(f, e.Spiegazione)
	case e.Calcolata != nil:
		e.Percentuale, e.Fonte = e.Calcolata, FonteCalcolo
	case r != nil && !e.Letto.Letto() && (r.Stato == StatoRaggiunto || r.Stato == StatoNonRaggiunto):
		p := 0.0
		if r.Stato == StatoRaggiunto {
			p = 100
		}
		e.Percentuale, e.Fonte = &p, FonteStato
		e.Spiegazione = "valutato da chi compila: " + r.Stato.Etichetta() + " (" + e.Spiegazione + ")"
	}
	return e
}

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

// calcola applies the rules of the degree of achievement: it returns nil
// and the reason when there is nothing to compute.
func calcola(ind *Indicatore, t TargetLetto, r *Risultato, al Date, s SMVP) (*float64, string, string) {
	if r == nil {
		return nil, "nessuna rilevazione", ""
	}
	val, err := LeggiValore(ind.Tipo, r.Valore)
	if err != nil {
		return nil, "valore non leggibile: " + err.Error(), ""
	}
	if !t.Letto() {
		return nil, "target da valutare: " + t.Capito, ""
	}
	switch t.Tipo {
	case TargetData:
		return calcolaData(t.Scadenza, val, al, s)
	case TargetSiNo:
		if val.Vuoto {
			return nil, "nessuna risposta", ""
		}
		if val.Si == (t.Valore == 1) {
			return pctPtr(100), "risposta «" + siNo(val.Si) + "», come previsto", ""
		}
		return pctPtr(0), "risposta «" + siNo(val.Si) + "», diversa dal previsto", "non realizzato"
	}
	if val.Vuoto {
		return nil, "nessun valore rilevato", ""
	}
	tv := t.Valore
	if t.Tipo == TargetPrecedente {
		b, err := LeggiValore(ind.Tipo, ind.Baseline)
		if err != nil || b.Vuoto {
			return nil, "il target si confronta con il valore di partenza, che non è un numero («" + ind.Baseline + "»)", ""
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
// done after the deadline → 0 %; not done before it → nothing yet.
func calcolaData(scad Date, val ValoreLetto, al Date, s SMVP) (*float64, string, string) {
	tol := s.Ritardo.Tolleranza
	if val.Vuoto {
		if al.Before(scad) {
			return nil, "non ancora completato; scadenza il " + scad.String(), ""
		}
		if g := giorni(scad, al); g > 0 {
			return pctPtr(0), fmt.Sprintf("non completato alla data della verifica, %d giorni dopo la scadenza del %s", g, scad),
				fmt.Sprintf("scadenza superata di %d giorni", g)
		}
		return pctPtr(0), "non completato entro la scadenza del " + scad.String(), "scadenza non rispettata"
	}
	done := val.Data
	late := giorni(scad, done)
	if late <= 0 {
		return pctPtr(100), "completato il " + done.String() + ", entro la scadenza del " + scad.String(), ""
	}
	scost := fmt.Sprintf("ritardo di %d giorni", late)
	if late <= tol {
		return pctPtr(100), fmt.Sprintf("completato il %s, %d giorni dopo la scadenza del %s, entro la tolleranza di %d giorni", done, late, scad, tol), scost
	}
	if s.Ritardo.Tipo == RitardoPerMese {
		from := scad.Time().AddDate(0, 0, tol)
		m := 1
		for from.AddDate(0, m, 0).Before(done.Time()) {
			m++
		}
		p := math.Max(0, 100-s.Ritardo.PerMese*float64(m))
		return pctPtr(p), fmt.Sprintf("completato il %s, %d giorni dopo la scadenza del %s: %d mesi o frazione di ritardo × %s punti = %s",
			done, late, scad, m, FormatNumber(s.Ritardo.PerMese, decimals(s.Ritardo.PerMese)), FormatPerc(p)), scost
	}
	return pctPtr(0), fmt.Sprintf("completato il %s, %d giorni dopo la scadenza del %s: una scadenza non rispettata vale 0%%", done, late, scad), scost
}

// calcolaCifra: higher is better → value / target; lower is better →
// target / value; capped at the SMVP's maximum, never below 0.
func calcolaCifra(ind *Indicatore, t TargetLetto, tv, v float64, s SMVP) (*float64, string, string) {
	meno := t.Confronto.MenoEMeglio()
	switch ind.Direzione {
	case DirezioneCrescente:
		meno = false
	case DirezioneDecrescente:
		meno = true
	}
	unit := ""
	if t.Percento {
		unit = "%"
	}
	cifra := func(x float64) string { return FormatNumber(x, decimals(math.Round(x*100)/100)) + unit }
	tetto := s.Tetto()
	var p float64
	var how string
	switch {
	case !meno && tv <= 0:
		p, how = 0, "il target è zero o meno: raggiunto se il valore non è inferiore"
		if v >= tv {
			p = 100
		}
	case !meno:
		p, how = v/tv*100, fmt.Sprintf("%s / %s", cifra(v), cifra(tv))
	case v <= 0:
		p, how = tetto, "valore nullo, il migliore possibile"
	default:
		p, how = tv/v*100, fmt.Sprintf("%s / %s (meno è meglio)", cifra(tv), cifra(v))
	}
	spieg := fmt.Sprintf("rilevato %s, target %s %s: %s = %s", cifra(v), t.Confronto.parola(), cifra(tv), how, FormatPerc(p))
	if p > tetto {
		spieg += ", ridotto al massimo riconosciuto del " + FormatPerc(tetto)
		p = tetto
	}
	p = math.Max(0, p)
	scost := ""
	if d := v - tv; math.Abs(d) > 1e-9 {
		sign := "+"
		if d < 0 {
			sign = "−"
		}
		scost = sign + cifra(math.Abs(d)) + " rispetto al target"
	}
	return &p, spieg, scost
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
