package model

import (
	"fmt"
	"strings"
	"time"
)

// The plan's history: a line for each change that came from outside the
// window (the Area managers' workbooks read back) or undid one, so that the
// Segretario can tell later which file brought which figures and when.

// TipoEvento is what a line of the history records.
type TipoEvento string

const (
	// EventoSchede: a monitoring workbook of an Area was read back and
	// its values saved.
	EventoSchede TipoEvento = "schede_monitoraggio"
	// EventoAnnullamento: a change recorded in the history was undone.
	EventoAnnullamento TipoEvento = "annullamento"
)

// EventoStorico is one line of the plan's history.
type EventoStorico struct {
	ID          int64
	Quando      time.Time // kept in UTC
	Tipo        TipoEvento
	Descrizione string // one sentence for people
	File        string // the file read, by name only
	Area        string // the Area it concerned, by name
	Valori      int    // how many values were saved
}

// Valida checks a line before it is stored.
func (e EventoStorico) Valida() error {
	v := &validator{}
	switch e.Tipo {
	case EventoSchede, EventoAnnullamento:
	default:
		v.add(fmt.Sprintf("storico: tipo %q sconosciuto", e.Tipo))
	}
	if e.Quando.IsZero() {
		v.add("storico: manca il momento")
	}
	if strings.TrimSpace(e.Descrizione) == "" {
		v.add("storico: manca la descrizione")
	}
	if e.Valori < 0 {
		v.add("storico: il numero di valori non può essere negativo")
	}
	v.text("storico", MaxTesto, "la descrizione", e.Descrizione)
	v.text("storico", MaxRiga, "il nome del file", e.File, "l'Area", e.Area)
	return v.err()
}
