package ui

import (
	"fyne.io/fyne/v2/widget"
)

// The cycle's documents in the Stampa dialog: the Relazione sulla
// performance, the monitoring report and the dashboard per Area, each at
// a checkpoint chosen in the dialog.

// ciclo tells whether the document reports a checkpoint.
func (c printChoice) ciclo() bool {
	return c.doc == docRelazione || c.doc == docMonitoraggio || c.doc == docCruscotto
}

// verificaSelect lists the plan's checkpoints with their IDs, the
// year-end one chosen first: the Relazione and most dashboards are about
// it.
func (f *frame) verificaSelect() (*widget.Select, map[string]int64) {
	ids := map[string]int64{}
	var opts []string
	for _, v := range f.s.Plan.Verifiche {
		l := v.Etichetta()
		ids[l] = v.ID
		opts = append(opts, l)
	}
	sel := widget.NewSelect(opts, nil)
	if fin := f.s.Plan.VerificaFinale(); fin != nil {
		sel.SetSelected(fin.Etichetta())
	}
	return sel, ids
}
