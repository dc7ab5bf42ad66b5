package sqlite

import (
	"context"
	"errors"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model"
)

// The store as the program opens it (model.Checked over the SQLite store)
// refuses every out-of-bounds record with the model's Italian message, and
// the file does not change by a byte.
func TestCheckedStoreRefusesOutOfBoundsAndWritesNothing(t *testing.T) {
	raw := newStore(t, richPlan())
	st := model.Checked(raw)
	ctx := context.Background()
	before := load(t, raw)
	sums := func() [2]string {
		var s [2]string
		s[0] = checksum(t, raw.Path())
		if _, err := os.Stat(raw.Path() + "-wal"); err == nil {
			s[1] = checksum(t, raw.Path()+"-wal")
		}
		return s
	}
	files := sums()
	huge := strings.Repeat("x", model.MaxTesto+1)
	o := before.Obiettivi[0]
	o.Descrizione = huge
	bigWeight := before.Obiettivi[0]
	bigWeight.Peso = model.Peso{Tipo: model.PesoPercentuale, Valore: 1e18}
	u := before.Unita[0]
	u.Dipendenti = ip(math.MaxInt32)
	for _, tc := range []struct {
		name string
		save func() error
		want string
	}{
		{"popolazione", func() error {
			return st.Write(ctx, func(w model.Writer) error {
				return w.SavePopolazioneAnno(model.PopolazioneAnno{Anno: 2022, Residenti: math.MaxInt64})
			})
		}, "è oltre il massimo ammesso (10.000.000)"},
		{"anno", func() error {
			return st.Write(ctx, func(w model.Writer) error { return w.SavePersonaleAnno(model.PersonaleAnno{Anno: 999_999_999}) })
		}, "non è valido (deve essere tra 1900 e 2100)"},
		{"cambio d'anno", func() error {
			return st.Write(ctx, func(w model.Writer) error { return w.RenumberPopolazioneAnno(2022, 3000) })
		}, "tra 1900 e 2100"},
		{"piano", func() error {
			p := before.Piano
			p.Anno = 12
			return st.Write(ctx, func(w model.Writer) error { return w.SavePiano(p) })
		}, "l'anno: 12 non è valido"},
		{"descrizione", func() error { return st.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }) }, "la descrizione: testo troppo lungo: 100.001 caratteri"},
		{"peso", func() error { return st.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&bigWeight) }) }, "è fuori dai limiti (da 0 a 100)"},
		{"unità", func() error { return st.Write(ctx, func(w model.Writer) error { return w.SaveUnita(&u) }) }, "è oltre il massimo ammesso (100.000)"},
		{"territorio", func() error {
			tr := before.Territorio
			tr.SuperficieTotale = math.Inf(1)
			return st.Write(ctx, func(w model.Writer) error { return w.SaveTerritorio(tr) })
		}, "non è un numero"},
		{"stemma", func() error {
			e := before.Ente
			e.Stemma = []byte("non è un'immagine")
			return st.Write(ctx, func(w model.Writer) error { return w.SaveEnte(e) })
		}, "non è un'immagine PNG o JPEG"},
		{"rilevazione", func() error {
			ind := before.Obiettivi[0].Indicatori[0]
			return wr(st, func(w model.Writer) error {
				return w.SaveMonitoraggio(&model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: ind.ID,
					Risultato: model.Risultato{VerificaID: before.Verifiche[0].ID, Valore: "45", Azione: huge}}}})
			})
		}, "l'azione correttiva: testo troppo lungo: 100.001 caratteri"},
		{"nuova verifica", func() error {
			return wr(st, func(w model.Writer) error {
				return w.SaveMonitoraggio(&model.Monitoraggio{Verifiche: []model.Verifica{{Data: model.Date{Year: 2300, Month: 6, Day: 30}}}})
			})
		}, "la data: 30/06/2300 non è valida"},
		{"validazione", func() error {
			return wr(st, func(w model.Writer) error {
				return w.SaveValidazione(before.Obiettivi[0].ID, &model.Validazione{Percentuale: fp(1e9)})
			})
		}, "la percentuale validata: 1.000.000.000,00 è fuori dai limiti (da 0 a 1.000)"},
		{"sistema di valutazione", func() error {
			s := before.SMVP
			s.Fasce = append(s.Fasce, model.FasciaSMVP{Da: math.NaN()})
			return wr(st, func(w model.Writer) error { return w.SaveSMVP(s) })
		}, "l'inizio: non è un numero"},
		{"relazione", func() error {
			r := before.Relazione
			r.BilancioGenere = huge
			return wr(st, func(w model.Writer) error { return w.SaveRelazione(r) })
		}, "il bilancio di genere: testo troppo lungo"},
		{"indicatore dell'ente", func() error {
			return wr(st, func(w model.Writer) error {
				return w.SaveIndicatoreEnte(&model.Indicatore{Nome: "Indice di tempestività", Tipo: model.IndNumero, Peso: 1e9})
			})
		}, "il peso: 1.000.000.000,00 è fuori dai limiti (da 0 a 10.000)"},
		{"piano intero", func() error {
			p := load(t, raw)
			p.Popolazione[0].Nati = -3
			return st.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(p) })
		}, "nati non può essere negativo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.save()
			var ve *model.ValidationError
			if !errors.As(err, &ve) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("errore %v, atteso %q", err, tc.want)
			}
			if sums() != files {
				t.Fatal("il file è cambiato dopo un salvataggio rifiutato")
			}
			if !reflect.DeepEqual(load(t, raw), before) {
				t.Fatal("il piano è cambiato dopo un salvataggio rifiutato")
			}
		})
	}
	// What is within bounds passes through to the file.
	if err := st.Write(ctx, func(w model.Writer) error {
		return w.SavePopolazioneAnno(model.PopolazioneAnno{Anno: 2022, Residenti: model.MaxAbitanti})
	}); err != nil {
		t.Fatal(err)
	}
}
