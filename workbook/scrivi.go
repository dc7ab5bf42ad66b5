package workbook

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// riga is a data row to write: its cells by column key (string, float64
// or model.Date; nil leaves the cell empty), its hidden key, the band of
// its objective and, on the Indicatori sheet, the type of its value.
type riga struct {
	celle  map[string]any
	chiave string
	banda  int
	tipo   model.TipoIndicatore
}

// Scrivi writes the workbook. The same plan, options and time give the
// same bytes.
func (s *Scheda) Scrivi(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := nuoviStili(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), nomeIstruzioni); err != nil {
		return err
	}
	fogli := []struct {
		fg    foglio
		righe []riga
	}{
		{foglioIndicatori(s.v, s.v.Data.Year), s.righeIndicatori()},
		{foglioObiettivi(s.v), s.righeObiettivi()},
		{foglioFasi(s.p), s.righeFasi()},
	}
	var scritti []string
	for _, x := range fogli {
		if len(x.righe) == 0 {
			continue
		}
		if _, err := f.NewSheet(x.fg.nome); err != nil {
			return err
		}
		if err := s.scriviFoglio(f, st, x.fg, x.righe); err != nil {
			return fmt.Errorf("foglio %q: %w", x.fg.nome, err)
		}
		scritti = append(scritti, x.fg.nome)
	}
	if err := s.scriviIstruzioni(f, st, scritti); err != nil {
		return err
	}
	if err := s.scriviIdentita(f); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	created := s.id.Preparata.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator: "Piano della Performance", LastModifiedBy: "Piano della Performance",
		Title:    s.monitoraggio() + " – " + s.Area,
		Subject:  strings.TrimSpace("Comune di " + s.p.Ente.Nome),
		Language: "it-IT", Created: created, Modified: created,
	}); err != nil {
		return err
	}
	// Sheets can be neither deleted nor renamed by mistake; without a
	// password, so a Responsabile who must can still lift it.
	if err := f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true}); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("scrittura della scheda non riuscita: %w", err)
	}
	return nil
}

func (s *Scheda) verificaPrecedente() *model.Verifica {
	var prev *model.Verifica
	for i := range s.p.Verifiche {
		v := &s.p.Verifiche[i]
		if v.Data.Before(s.v.Data) && (prev == nil || prev.Data.Before(v.Data)) {
			prev = v
		}
	}
	return prev
}

func (s *Scheda) righeIndicatori() []riga {
	var out []riga
	prev := s.verificaPrecedente()
	add := func(o *model.Obiettivo, ind *model.Indicatore, banda int) {
		codice, titolo := "Ente", "Indicatore dell'ente"
		if o != nil {
			codice, titolo = o.Codice, o.Intestazione()
		}
		r := riga{banda: banda, tipo: ind.Tipo, celle: map[string]any{
			kCodice: codice, kObiettivo: titolo, kIndicatore: ind.Nome,
			"misura": misura(ind), "partenza": partenza(ind), "target": ind.TargetDi(s.v.Data.Year),
		}}
		if prev != nil {
			r.celle["ultima"] = ultima(ind, *prev)
		}
		cur := daRisultato(ind.Tipo, ind.RisultatoAl(s.v.ID))
		r.celle[kValore] = valoreCella(ind.Tipo, cur.Valore)
		r.celle[kData] = dataCella(cur.Data)
		r.celle[kStato], r.celle[kCausa], r.celle[kAzione] = cur.Stato, cur.Causa, cur.Azione
		k := chiaveRiga{Tipo: rigaIndicatore, ID: ind.ID, Contesto: improntaCampi(codice, titolo, ind.Nome), Inviato: cur.impronta()}
		r.chiave = k.testo(s.id)
		out = append(out, r)
	}
	for i, o := range s.obs {
		for j := range o.Indicatori {
			add(o, &o.Indicatori[j], i%2)
		}
	}
	for _, ind := range s.ind {
		add(nil, ind, len(s.obs)%2)
	}
	return out
}

func (s *Scheda) righeObiettivi() []riga {
	var out []riga
	prev := s.verificaPrecedente()
	for i, o := range s.obs {
		nota := notaAl(o, s.v.ID)
		r := riga{banda: i % 2, celle: map[string]any{
			kCodice: o.Codice, kObiettivo: o.Intestazione(), "unita": strings.Join(s.p.NomiUnita(*o), ", "), kNota: nota,
		}}
		if prev != nil {
			r.celle["precedente"] = notaAl(o, prev.ID)
		}
		k := chiaveRiga{Tipo: rigaObiettivo, ID: o.ID, Contesto: improntaCampi(o.Codice, o.Intestazione()), Inviato: improntaNota(nota)}
		r.chiave = k.testo(s.id)
		out = append(out, r)
	}
	return out
}

func (s *Scheda) righeFasi() []riga {
	var out []riga
	for i, o := range s.obs {
		for _, fs := range o.Fasi {
			cur := daFase(fs)
			r := riga{banda: i % 2, celle: map[string]any{
				kCodice: o.Codice, kObiettivo: o.Intestazione(), kFase: fs.Titolo,
				kConclusa: cur.Conclusa, kData: dataCella(cur.Data),
			}}
			if fs.Inizio != nil {
				r.celle["inizio"] = *fs.Inizio
			}
			if fs.Fine != nil {
				r.celle["fine"] = *fs.Fine
			}
			k := chiaveRiga{Tipo: rigaFase, ID: fs.ID, Contesto: improntaCampi(o.Codice, o.Intestazione(), fs.Titolo), Inviato: cur.impronta()}
			r.chiave = k.testo(s.id)
			out = append(out, r)
		}
	}
	return out
}

// valoreCella is a reading's value as a cell: a number or a date when it
// is one, so the spreadsheet shows and checks it as such.
func valoreCella(tipo model.TipoIndicatore, canon string) any {
	if canon == "" {
		return nil
	}
	v, err := model.LeggiValore(tipo, canon)
	if err != nil {
		return canon
	}
	switch tipo {
	case model.IndNumero, model.IndPercentuale:
		return v.Numero
	case model.IndTempo:
		return v.Data
	}
	return canon
}

func dataCella(s string) any {
	if d, err := model.ParseDate(s); err == nil && s != "" {
		return d
	}
	return nil
}

// misura tells the Responsabile what kind of value to write.
func misura(ind *model.Indicatore) string {
	u := strings.TrimSpace(ind.UnitaMisura)
	kind := map[model.TipoIndicatore]string{model.IndTempo: "data", model.IndPercentuale: "%",
		model.IndNumero: "numero", model.IndSiNo: "sì/no", model.IndTesto: "descrizione"}[ind.Tipo]
	switch {
	case u == "":
		return kind
	case ind.Tipo == model.IndNumero || ind.Tipo == model.IndPercentuale:
		return u
	}
	return kind + " (" + u + ")"
}

func partenza(ind *model.Indicatore) string {
	b := strings.TrimSpace(ind.Baseline)
	if b != "" && ind.AnnoBaseline != 0 {
		b += " (" + strconv.Itoa(ind.AnnoBaseline) + ")"
	}
	return b
}

// ultima is the reading at the previous checkpoint, in words.
func ultima(ind *model.Indicatore, prev model.Verifica) string {
	r := ind.RisultatoAl(prev.ID)
	if r == nil {
		return ""
	}
	s := strings.TrimSpace(valoreCanonico(ind.Tipo, r.Valore) + " al " + prev.Data.String())
	if e := r.Stato.Etichetta(); e != "" {
		s += ", " + e
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }
