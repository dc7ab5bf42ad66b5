package workbook

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"pianoperformance/model"
)

// The preview: what reading the workbooks back would change, computed as
// data before anything is saved. Each row of a workbook ends in one of:
// nothing to do (the Responsabile left it as sent, or wrote what the
// program already holds), a change (old → new), a conflict (the program
// changed the row after the workbook was sent, and the workbook says
// otherwise: both sides are kept for the user to choose), an empty row, or
// a problem (the row cannot be saved as it is, and says why).

// Esito is what reading a row back would do.
type Esito int

const (
	Modifica  Esito = iota + 1 // saved
	Conflitto                  // saved only if the user chooses the workbook's values
	Vuota                      // left empty by the Responsabile: nothing saved
	Problema                   // cannot be saved as it is
)

// Campo is a field that differs: what the program holds and what the
// workbook says.
type Campo struct {
	Nome, Programma, Scheda string
	Conflitto               bool // changed on both sides since the workbook was sent
}

// Riga is a row of a workbook that changes something, conflicts, was left
// empty or has a problem.
type Riga struct {
	Esito    Esito
	Chiave   string // unique in a reading: the key of a choice for a conflict
	Dove     string // what the row is: "TE.1 – Tempistica"
	Foglio   string
	Numero   int     // the row in the sheet, as the spreadsheet shows it
	Campi    []Campo // a change: the fields that change; a conflict: both sides
	Problemi []string
	Nota     string // an empty row: what the program holds meanwhile

	// What is saved when conflicts take the workbook's values, or keep
	// the program's (the same for a plain change).
	scheda, programma record
}

// record is what a row saves: one of the three, or none.
type record struct {
	ris  *model.RisultatoDi
	av   *model.AvanzamentoDi
	fase *model.StatoFase
}

// SchedaLetta is one workbook read back.
type SchedaLetta struct {
	File      string
	Area      string
	AreaID    int64
	Verifica  model.Verifica
	Preparata time.Time
	Righe     []Riga
	Invariate int // rows with nothing to do
}

// Conta counts the rows with an outcome.
func (s SchedaLetta) Conta(e Esito) int {
	n := 0
	for _, r := range s.Righe {
		if r.Esito == e {
			n++
		}
	}
	return n
}

// Rifiuto is a file refused whole, with the reason.
type Rifiuto struct {
	File, Motivo string
}

func (r Rifiuto) Error() string { return fmt.Sprintf("«%s» %s", r.File, r.Motivo) }

// Anteprima is the preview of reading several workbooks back.
type Anteprima struct {
	Schede  []SchedaLetta
	Rifiuti []Rifiuto
}

// Conta counts the rows with an outcome over all workbooks.
func (a *Anteprima) Conta(e Esito) int {
	n := 0
	for _, s := range a.Schede {
		n += s.Conta(e)
	}
	return n
}

// OpzioniLettura say which plan file the workbooks must come from and,
// optionally, which checkpoint.
type OpzioniLettura struct {
	Piano    string // the open plan file's identity
	Verifica int64  // 0: any checkpoint of the plan
}

// Leggi reads workbooks back against the plan as it is now. A file that
// cannot be trusted (another plan, year or checkpoint, damaged keys, not a
// workbook, protected by a password, far too large) is refused whole;
// when any file is refused, nothing may be saved.
func Leggi(p *model.Plan, files []File, opt OpzioniLettura) *Anteprima {
	a := &Anteprima{}
	seen := map[string]string{} // row key → file that has it
	areas := map[[2]int64]string{}
	for _, file := range files {
		l, err := leggiScheda(file)
		if err == nil {
			err = controllaIdentita(p, l.id, opt)
		}
		if err == nil {
			k := [2]int64{l.id.AreaID, l.id.VerificaID}
			if other, dup := areas[k]; dup {
				err = fmt.Errorf("è di nuovo la scheda dell'Area «%s» per la stessa verifica, come «%s»: leggerne una sola", l.id.Area, other)
			}
			areas[k] = file.Nome
		}
		if err != nil {
			a.Rifiuti = append(a.Rifiuti, Rifiuto{File: file.Nome, Motivo: err.Error()})
			continue
		}
		v := *p.VerificaByID(l.id.VerificaID)
		s := SchedaLetta{File: file.Nome, Area: l.id.Area, AreaID: l.id.AreaID, Verifica: v, Preparata: l.id.Preparata}
		for _, r := range l.righe {
			out, ok := confronta(p, v, l, r)
			if ok && out.Chiave != "" {
				if other, dup := seen[out.Chiave]; dup {
					out = Riga{Esito: Problema, Chiave: out.Chiave, Dove: out.Dove, Foglio: r.foglio, Numero: r.numero,
						Problemi: []string{fmt.Sprintf("la stessa riga compare anche in «%s»: non viene salvata", other)}}
				}
				seen[out.Chiave] = file.Nome
			}
			if !ok {
				s.Invariate++
				continue
			}
			s.Righe = append(s.Righe, out)
		}
		for _, r := range l.senza {
			s.Righe = append(s.Righe, Riga{Esito: Problema, Dove: "riga senza codice", Foglio: r.foglio, Numero: r.numero,
				Problemi: []string{"la riga è stata aggiunta o copiata a mano e non ha il codice nascosto che dice a quale indicatore, obiettivo o fase si riferisce: non viene salvata"}})
		}
		a.Schede = append(a.Schede, s)
	}
	return a
}

// controllaIdentita refuses a workbook of another plan, year or checkpoint.
func controllaIdentita(p *model.Plan, id identita, opt OpzioniLettura) error {
	if !strings.EqualFold(normTesto(id.Comune), normTesto(p.Ente.Nome)) {
		return fmt.Errorf("è una scheda del Comune di %s, non del piano aperto (Comune di %s)", id.Comune, p.Ente.Nome)
	}
	if id.Anno != p.Piano.Anno {
		return fmt.Errorf("è una scheda del piano %d, non del piano aperto (%d)", id.Anno, p.Piano.Anno)
	}
	if id.Piano != opt.Piano {
		return fmt.Errorf("è stata preparata da un altro archivio del piano %d (un'altra copia o un piano importato di nuovo): prepararla di nuovo da questo archivio", id.Anno)
	}
	v := p.VerificaByID(id.VerificaID)
	switch {
	case v == nil:
		return fmt.Errorf("è per la verifica al %s, che non c'è più nel piano", id.Verifica)
	case v.Data != id.Verifica:
		return fmt.Errorf("è per la verifica al %s, che nel piano è stata spostata al %s: prepararla di nuovo", id.Verifica, v.Data)
	case opt.Verifica != 0 && opt.Verifica != id.VerificaID:
		scelta := ""
		if w := p.VerificaByID(opt.Verifica); w != nil {
			scelta = " al " + w.Data.String()
		}
		return fmt.Errorf("è per la verifica al %s, non per quella%s scelta", id.Verifica, scelta)
	}
	return nil
}

// confronta works out a row; ok is false when there is nothing to do.
func confronta(p *model.Plan, v model.Verifica, l *lettura, r rigaLetta) (Riga, bool) {
	switch r.chiave.Tipo {
	case rigaIndicatore:
		return confrontaIndicatore(p, v, l, r)
	case rigaObiettivo:
		return confrontaObiettivo(p, v, l, r)
	}
	return confrontaFase(p, l, r)
}

// base is the part of a row's outcome every kind shares.
func base(r rigaLetta, dove string) Riga {
	return Riga{Chiave: fmt.Sprintf("%c%d", r.chiave.Tipo, r.chiave.ID), Dove: dove, Foglio: r.foglio, Numero: r.numero}
}

func problema(out Riga, msgs ...string) (Riga, bool) {
	out.Esito, out.Problemi = Problema, msgs
	return out, true
}

// spostata tells a row whose visible context no longer matches its key:
// rows sorted, or cells cut and pasted, apart from the hidden column.
func spostata(r rigaLetta, ctx string, parts ...string) bool {
	got := make([]string, len(parts))
	for i, k := range parts {
		got[i] = r.testo[k]
	}
	return improntaCampi(got...) != ctx
}

const msgSpostata = "la riga non corrisponde più al suo codice nascosto: forse le righe sono state ordinate o spostate solo in parte. Controllare la scheda e rileggerla"

func confrontaIndicatore(p *model.Plan, v model.Verifica, l *lettura, r rigaLetta) (Riga, bool) {
	ind, o := p.IndicatoreByID(r.chiave.ID)
	out := base(r, strings.TrimSpace(r.testo[kCodice]+" – "+r.testo[kIndicatore]))
	if ind == nil {
		return problema(out, "l'indicatore è stato eliminato nel programma dopo l'invio della scheda: il valore non viene salvato")
	}
	out.Dove = doveIndicatore(o, ind)
	if spostata(r, r.chiave.Contesto, kCodice, kObiettivo, kIndicatore) {
		return problema(out, msgSpostata)
	}
	var wb valoriRisultato
	probs := make([]string, 5)
	if c, ok := r.celle[kValore]; ok {
		val, err := c.valore(ind.Tipo, l.date1904)
		wb.Valore = val
		if err != nil {
			probs[0] = "valore: " + err.Error()
		}
	}
	if c, ok := r.celle[kData]; ok {
		d, err := c.giorno(l.date1904)
		if err != nil {
			wb.Data = c.testo(l.date1904)
			probs[1] = "data della rilevazione: " + err.Error()
		} else {
			wb.Data = d.String()
		}
	}
	if c, ok := r.celle[kStato]; ok {
		t := c.testo(l.date1904)
		st, err := model.ParseStato(t)
		wb.Stato = t
		if err == nil {
			wb.Stato = st.Etichetta()
		} else {
			probs[2] = err.Error()
		}
	}
	wb.Causa = testoCella(r, kCausa, l.date1904)
	wb.Azione = testoCella(r, kAzione, l.date1904)

	cur := ind.RisultatoAl(v.ID)
	now := daRisultato(ind.Tipo, cur)
	// An empty row saves nothing, not even a deletion: a reading is never
	// removed by a workbook.
	if wb.vuoto() {
		out.Esito = Vuota
		if !now.vuoto() {
			out.Nota = "nel programma resta: " + riassunto(now.lista())
		}
		return out, true
	}
	fu := fondi(nomiRisultato, r.chiave.Inviato, now.lista(), wb.lista())
	if msgs := problemiToccati(fu, probs); len(msgs) > 0 {
		return problema(out, msgs...)
	}
	if !fu.cambia() {
		return out, false // as sent, or as the program holds it already
	}
	risultato := func(ff []string) (*model.RisultatoDi, error) {
		nuovo := model.Risultato{VerificaID: v.ID}
		if cur != nil {
			nuovo = *cur
		}
		// Every field was read without problems above.
		nuovo.Valore, nuovo.Causa, nuovo.Azione = ff[0], ff[3], ff[4]
		nuovo.Stato, _ = model.ParseStato(ff[2])
		nuovo.Data = model.Date{}
		if ff[1] != "" {
			nuovo.Data, _ = model.ParseDate(ff[1])
		}
		if cur != nil && reflect.DeepEqual(nuovo, *cur) {
			return nil, nil
		}
		rd := model.RisultatoDi{IndicatoreID: ind.ID, Risultato: nuovo}
		return &rd, p.ValidaMonitoraggio(&model.Monitoraggio{Risultati: []model.RisultatoDi{rd}})
	}
	var err error
	if out.scheda.ris, err = risultato(fu.scheda); err == nil {
		out.programma.ris, err = risultato(fu.programma)
	}
	return esito(out, fu, err)
}

// problemiToccati are the problems of the fields the Responsabile changed:
// a value the program holds that the reader cannot read back counts only
// if it was touched.
func problemiToccati(fu fusione, probs []string) []string {
	var out []string
	for i, p := range probs {
		if p != "" && fu.toccati[i] {
			out = append(out, p)
		}
	}
	return out
}

// esito completes a row from its merge and the model's checks.
func esito(out Riga, fu fusione, err error) (Riga, bool) {
	if err != nil {
		return problema(out, problemiModello(err)...)
	}
	out.Campi, out.Esito = fu.campi, Modifica
	if fu.conflitto {
		out.Esito = Conflitto
	}
	return out, true
}

func confrontaObiettivo(p *model.Plan, v model.Verifica, l *lettura, r rigaLetta) (Riga, bool) {
	o := p.ObiettivoByID(r.chiave.ID)
	out := base(r, strings.TrimSpace(r.testo[kCodice]+" – "+r.testo[kObiettivo]))
	if o == nil {
		return problema(out, "l'obiettivo è stato eliminato nel programma dopo l'invio della scheda: la nota non viene salvata")
	}
	out.Dove = doveObiettivo(o)
	if spostata(r, r.chiave.Contesto, kCodice, kObiettivo) {
		return problema(out, msgSpostata)
	}
	wb := testoCella(r, kNota, l.date1904)
	now := notaAl(o, v.ID)
	if normTesto(wb) == "" {
		out.Esito = Vuota
		if now != "" {
			out.Nota = "nel programma resta: " + riassunto([]string{now})
		}
		return out, true
	}
	fu := fondi([]string{"stato di attuazione"}, r.chiave.Inviato, []string{now}, []string{wb})
	probs := []string{""}
	if c, ok := r.celle[kNota]; ok && c.errore() != nil {
		probs[0] = "stato di attuazione: " + c.errore().Error()
	}
	if msgs := problemiToccati(fu, probs); len(msgs) > 0 {
		return problema(out, msgs...)
	}
	if !fu.cambia() {
		return out, false
	}
	avanzamento := func(ff []string) (*model.AvanzamentoDi, error) {
		if normTesto(ff[0]) == normTesto(now) {
			return nil, nil
		}
		nuovo := model.Avanzamento{VerificaID: v.ID}
		if a := o.AvanzamentoAl(v.ID); a != nil {
			nuovo = *a
		}
		nuovo.Nota = ff[0]
		ad := model.AvanzamentoDi{ObiettivoID: o.ID, Avanzamento: nuovo}
		return &ad, p.ValidaMonitoraggio(&model.Monitoraggio{Avanzamenti: []model.AvanzamentoDi{ad}})
	}
	var err error
	if out.scheda.av, err = avanzamento(fu.scheda); err == nil {
		out.programma.av, err = avanzamento(fu.programma)
	}
	return esito(out, fu, err)
}

func confrontaFase(p *model.Plan, l *lettura, r rigaLetta) (Riga, bool) {
	f, o := p.FaseByID(r.chiave.ID)
	out := base(r, strings.TrimSpace(r.testo[kCodice]+" – "+r.testo[kFase]))
	if f == nil {
		return problema(out, "la fase è stata eliminata nel programma dopo l'invio della scheda: non viene salvata")
	}
	out.Dove = doveObiettivo(o) + ", fase «" + f.Titolo + "»"
	if spostata(r, r.chiave.Contesto, kCodice, kObiettivo, kFase) {
		return problema(out, msgSpostata)
	}
	var wb valoriFase
	probs := make([]string, 2)
	conclusa := testoCella(r, kConclusa, l.date1904)
	switch strings.ToLower(strings.Trim(conclusa, ". ")) {
	case "":
	case "sì", "si", "s", "x", "1", "vero", "conclusa":
		wb.Conclusa = "sì"
	case "no", "n", "0", "falso":
	default:
		wb.Conclusa = conclusa
		probs[0] = fmt.Sprintf("conclusa: «%s» non è una risposta: scegliere sì oppure no", conclusa)
	}
	if c, ok := r.celle[kData]; ok {
		d, err := c.giorno(l.date1904)
		if err != nil {
			wb.Data = c.testo(l.date1904)
			probs[1] = "conclusa il: " + err.Error()
		} else {
			wb.Data = d.String()
			if strings.EqualFold(strings.Trim(conclusa, ". "), "no") {
				probs[1] = "la fase ha il giorno di conclusione ma è segnata «no»"
			} else {
				wb.Conclusa = "sì" // a day of completion says it is done
			}
		}
	}
	now := daFase(*f)
	fu := fondi([]string{"conclusa", "conclusa il"}, r.chiave.Inviato, now.lista(), wb.lista())
	if msgs := problemiToccati(fu, probs); len(msgs) > 0 {
		return problema(out, msgs...)
	}
	if !fu.cambia() {
		return out, false
	}
	for i := range fu.campi {
		fu.campi[i].Programma, fu.campi[i].Scheda = siNoVuoto(fu.campi[i].Nome, fu.campi[i].Programma), siNoVuoto(fu.campi[i].Nome, fu.campi[i].Scheda)
	}
	fase := func(ff []string) (*model.StatoFase, error) {
		if ff[0] == now.Conclusa && ff[1] == now.Data {
			return nil, nil
		}
		sf := model.StatoFase{FaseID: f.ID, Completata: ff[0] == "sì" || ff[1] != ""}
		if ff[1] != "" {
			d, _ := model.ParseDate(ff[1])
			sf.Completamento = &d
		}
		return &sf, p.ValidaMonitoraggio(&model.Monitoraggio{Fasi: []model.StatoFase{sf}})
	}
	var err error
	if out.scheda.fase, err = fase(fu.scheda); err == nil {
		out.programma.fase, err = fase(fu.programma)
	}
	return esito(out, fu, err)
}

// siNoVuoto shows "no" for a phase not marked done.
func siNoVuoto(campo, v string) string {
	if campo == "conclusa" && v == "" {
		return "no"
	}
	return v
}

// testoCella is a free text cell as a person reads it.
func testoCella(r rigaLetta, key string, date1904 bool) string {
	c, ok := r.celle[key]
	if !ok {
		return ""
	}
	return c.testo(date1904)
}

func riassunto(vv []string) string {
	var parts []string
	for _, v := range vv {
		if v = normTesto(v); v != "" {
			parts = append(parts, v)
		}
	}
	s := strings.Join(parts, ", ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:79]) + "…"
	}
	return s
}

func doveIndicatore(o *model.Obiettivo, ind *model.Indicatore) string {
	if o == nil {
		return "Ente – " + ind.Nome
	}
	return strings.TrimSpace(firstNonEmpty(o.Codice, o.Intestazione()) + " – " + ind.Nome)
}

func doveObiettivo(o *model.Obiettivo) string {
	if o.Codice != "" {
		return o.Codice + " – " + o.Intestazione()
	}
	return o.Intestazione()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// problemiModello lists the model's refusal of a row, one problem a line.
func problemiModello(err error) []string {
	var ve *model.ValidationError
	if errors.As(err, &ve) && len(ve.Problemi) > 0 {
		return ve.Problemi
	}
	return []string{err.Error()}
}
